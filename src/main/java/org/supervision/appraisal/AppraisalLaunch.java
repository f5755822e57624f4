package org.supervision.appraisal;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One launch of a period's appraisals for the whole organisation, run in batches. */
@Entity
@Table(name = "appraisal_launch")
public class AppraisalLaunch extends BaseEntity {

    public enum Status { RUNNING, FINISHED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AppraisalPeriod period;
    @Column(name = "appraisal_year", nullable = false, updatable = false)
    private int year;
    @Column(name = "launch_date", nullable = false, updatable = false)
    private LocalDate launchDate;
    @Column(nullable = false)
    private int total;
    @Column(name = "created_count", nullable = false)
    private int createdCount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "started_by", updatable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected AppraisalLaunch() {
    }

    AppraisalLaunch(AppraisalPeriod period, int year, LocalDate launchDate, int total, String startedBy, Instant startedAt) {
        this.period = period;
        this.year = year;
        this.launchDate = launchDate;
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = Status.RUNNING;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void created(int count) {
        this.createdCount += count;
    }

    void finish(Instant at) {
        this.status = Status.FINISHED;
        this.finishedAt = at;
    }

    public AppraisalPeriod getPeriod() { return period; }
    public int getYear() { return year; }
    public LocalDate getLaunchDate() { return launchDate; }
    public int getTotal() { return total; }
    public int getCreatedCount() { return createdCount; }
    public Status getStatus() { return status; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
