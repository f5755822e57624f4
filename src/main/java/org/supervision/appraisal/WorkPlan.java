package org.supervision.appraisal;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A staff member's work plan: the first within three months of joining, then one a year. */
@Entity
@Table(name = "work_plan")
public class WorkPlan extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(name = "plan_number", nullable = false, updatable = false)
    private int planNumber;
    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "training_needs")
    private String trainingNeeds;
    @Column(name = "support_needs")
    private String supportNeeds;
    @Column(name = "constraints_text")
    private String constraints;
    @Column(name = "review_dates")
    private String reviewDates;
    @Column(name = "agreed_on")
    private LocalDate agreedOn;
    @Column(name = "agreed_by")
    private String agreedBy;
    @Column(name = "agreed_at")
    private Instant agreedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected WorkPlan() {
    }

    WorkPlan(String staffId, int planNumber, LocalDate openedOn, LocalDate dueOn, String processInstanceId) {
        this.staffId = staffId;
        this.planNumber = planNumber;
        this.openedOn = openedOn;
        this.dueOn = dueOn;
        this.processInstanceId = processInstanceId;
    }

    void agree(String trainingNeeds, String supportNeeds, String constraints, String reviewDates,
               LocalDate agreedOn, String agreedBy, Instant agreedAt) {
        this.trainingNeeds = trainingNeeds;
        this.supportNeeds = supportNeeds;
        this.constraints = constraints;
        this.reviewDates = reviewDates;
        this.agreedOn = agreedOn;
        this.agreedBy = agreedBy;
        this.agreedAt = agreedAt;
    }

    public String getStaffId() { return staffId; }
    public int getPlanNumber() { return planNumber; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public String getTrainingNeeds() { return trainingNeeds; }
    public String getSupportNeeds() { return supportNeeds; }
    public String getConstraints() { return constraints; }
    public String getReviewDates() { return reviewDates; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public String getAgreedBy() { return agreedBy; }
    public Instant getAgreedAt() { return agreedAt; }
    public boolean isAgreed() { return agreedAt != null; }
}
