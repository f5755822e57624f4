package org.supervision.learning;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One meeting at which supervisor and supervisee agreed or reviewed the plan. */
@Entity
@Table(name = "learning_plan_review")
public class PlanReview extends BaseEntity {

    public enum Kind { INITIAL, ANNUAL_REVIEW }

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "supervisee_agreed", nullable = false, updatable = false)
    private boolean superviseeAgreed;
    @Column(updatable = false)
    private String notes;

    protected PlanReview() {
    }

    PlanReview(Long planId, Kind kind, LocalDate heldOn, String recordedBy, boolean superviseeAgreed, String notes) {
        this.planId = planId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.recordedBy = recordedBy;
        this.superviseeAgreed = superviseeAgreed;
        this.notes = notes;
    }

    public Long getPlanId() { return planId; }
    public Kind getKind() { return kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getRecordedBy() { return recordedBy; }
    public boolean isSuperviseeAgreed() { return superviseeAgreed; }
    public String getNotes() { return notes; }
}
