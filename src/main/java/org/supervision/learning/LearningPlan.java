package org.supervision.learning;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A staff member's learning and development plan: agreed within 3 months, reviewed every April. */
@Entity
@Table(name = "learning_plan")
public class LearningPlan extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "agreed_on")
    private LocalDate agreedOn;
    @Column(name = "agreed_by")
    private String agreedBy;
    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;
    @Column(name = "last_reviewed_by")
    private String lastReviewedBy;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected LearningPlan() {
    }

    LearningPlan(String staffId, LocalDate dueOn, String processInstanceId) {
        this.staffId = staffId;
        this.dueOn = dueOn;
        this.processInstanceId = processInstanceId;
    }

    void agree(LocalDate on, String by) {
        this.agreedOn = on;
        this.agreedBy = by;
        this.lastReviewedOn = on;
        this.lastReviewedBy = by;
    }

    void reviewed(LocalDate on, String by) {
        this.lastReviewedOn = on;
        this.lastReviewedBy = by;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getStaffId() { return staffId; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public String getAgreedBy() { return agreedBy; }
    public LocalDate getLastReviewedOn() { return lastReviewedOn; }
    public String getLastReviewedBy() { return lastReviewedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
}
