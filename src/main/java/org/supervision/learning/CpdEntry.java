package org.supervision.learning;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One activity in a staff member's CPD log, kept as evidence for HCPC re-registration. */
@Entity
@Table(name = "cpd_entry")
public class CpdEntry extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(nullable = false, updatable = false)
    private String activity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TrainingCategory category;
    @Column(name = "activity_date", nullable = false, updatable = false)
    private LocalDate activityDate;
    @Column(nullable = false, updatable = false)
    private BigDecimal hours;
    @Column(updatable = false)
    private String reflection;
    @Column(name = "evidence_link", updatable = false)
    private String evidenceLink;
    @Column(name = "training_request_id", updatable = false)
    private Long trainingRequestId;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CpdEntry() {
    }

    CpdEntry(String staffId, String activity, TrainingCategory category, LocalDate activityDate, BigDecimal hours,
             String reflection, String evidenceLink, Long trainingRequestId, String recordedBy, Instant recordedAt) {
        this.staffId = staffId;
        this.activity = activity;
        this.category = category;
        this.activityDate = activityDate;
        this.hours = hours;
        this.reflection = reflection;
        this.evidenceLink = evidenceLink;
        this.trainingRequestId = trainingRequestId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getStaffId() { return staffId; }
    public String getActivity() { return activity; }
    public TrainingCategory getCategory() { return category; }
    public LocalDate getActivityDate() { return activityDate; }
    public BigDecimal getHours() { return hours; }
    public String getReflection() { return reflection; }
    public String getEvidenceLink() { return evidenceLink; }
    public Long getTrainingRequestId() { return trainingRequestId; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
