package org.supervision.learning;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A row of the plan: the need, what is planned to meet it, and by when (App. L). */
@Entity
@Table(name = "learning_plan_item")
public class PlanItem extends BaseEntity {

    public enum Status { OPEN, MET, DROPPED }

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(nullable = false, updatable = false)
    private String need;
    @Column(name = "planned_activity")
    private String plannedActivity;
    @Column(name = "by_when")
    private LocalDate byWhen;
    @Column(nullable = false, updatable = false)
    private String source;
    @Column(name = "source_ref", updatable = false)
    private String sourceRef;
    @Column(name = "identified_on", updatable = false)
    private LocalDate identifiedOn;
    @Column(name = "added_on", nullable = false, updatable = false)
    private LocalDate addedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Version
    private long version;

    protected PlanItem() {
    }

    PlanItem(String staffId, String need, String plannedActivity, LocalDate byWhen, String source, String sourceRef,
             LocalDate identifiedOn, LocalDate addedOn) {
        this.staffId = staffId;
        this.need = need;
        this.plannedActivity = plannedActivity;
        this.byWhen = byWhen;
        this.source = source;
        this.sourceRef = sourceRef;
        this.identifiedOn = identifiedOn;
        this.addedOn = addedOn;
        this.status = Status.OPEN;
    }

    void plan(String activity, LocalDate byWhen) {
        this.plannedActivity = activity;
        this.byWhen = byWhen;
    }

    void setStatus(Status status) {
        this.status = status;
    }

    public String getStaffId() { return staffId; }
    public String getNeed() { return need; }
    public String getPlannedActivity() { return plannedActivity; }
    public LocalDate getByWhen() { return byWhen; }
    public String getSource() { return source; }
    public String getSourceRef() { return sourceRef; }
    public LocalDate getIdentifiedOn() { return identifiedOn; }
    public LocalDate getAddedOn() { return addedOn; }
    public Status getStatus() { return status; }
}
