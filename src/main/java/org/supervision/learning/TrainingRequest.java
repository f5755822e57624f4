package org.supervision.learning;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervisee's request for training, from the request to the joint evaluation of its
 * impact on practice.
 */
@Entity
@Table(name = "training_request")
public class TrainingRequest extends BaseEntity {

    public enum Status { REQUESTED, AWAITING_SENIOR_MANAGER, DECLINED, APPROVED, BOOKED, NOT_ATTENDED, ATTENDED, EVALUATED }

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(updatable = false)
    private String provider;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TrainingCategory category;
    @Column(nullable = false, updatable = false)
    private BigDecimal cost;
    @Column(name = "learning_objective", nullable = false, updatable = false)
    private String learningObjective;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "line_manager_id")
    private String lineManagerId;
    @Column(name = "line_manager_decided_at")
    private Instant lineManagerDecidedAt;
    @Column(name = "senior_manager_id")
    private String seniorManagerId;
    @Column(name = "senior_manager_decided_at")
    private Instant seniorManagerDecidedAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "booked_from")
    private LocalDate bookedFrom;
    @Column(name = "booked_to")
    private LocalDate bookedTo;
    @Column(name = "booking_reference")
    private String bookingReference;
    @Column(name = "booked_by")
    private String bookedBy;
    @Column(name = "attended_hours")
    private BigDecimal attendedHours;
    @Column(name = "cpd_entry_id")
    private Long cpdEntryId;
    @Column(name = "impact_on_practice")
    private String impactOnPractice;
    @Column(name = "impact_rating")
    private String impactRating;
    @Column(name = "evaluated_by")
    private String evaluatedBy;
    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected TrainingRequest() {
    }

    TrainingRequest(String staffId, String title, String provider, TrainingCategory category, BigDecimal cost,
                    String learningObjective, Instant requestedAt, String processInstanceId) {
        this.staffId = staffId;
        this.title = title;
        this.provider = provider;
        this.category = category;
        this.cost = cost;
        this.learningObjective = learningObjective;
        this.requestedAt = requestedAt;
        this.processInstanceId = processInstanceId;
        this.status = Status.REQUESTED;
    }

    void lineManagerDecided(String managerId, boolean approved, boolean seniorApprovalNeeded, String reason, Instant at) {
        this.lineManagerId = managerId;
        this.lineManagerDecidedAt = at;
        this.declineReason = reason;
        this.status = !approved ? Status.DECLINED : seniorApprovalNeeded ? Status.AWAITING_SENIOR_MANAGER : Status.APPROVED;
    }

    void seniorManagerDecided(String managerId, boolean approved, String reason, Instant at) {
        this.seniorManagerId = managerId;
        this.seniorManagerDecidedAt = at;
        this.declineReason = reason;
        this.status = approved ? Status.APPROVED : Status.DECLINED;
    }

    void book(LocalDate from, LocalDate to, String reference, String by) {
        this.bookedFrom = from;
        this.bookedTo = to;
        this.bookingReference = reference;
        this.bookedBy = by;
        this.status = Status.BOOKED;
    }

    void attended(BigDecimal hours, Long cpdEntryId) {
        this.attendedHours = hours;
        this.cpdEntryId = cpdEntryId;
        this.status = Status.ATTENDED;
    }

    void notAttended() {
        this.status = Status.NOT_ATTENDED;
    }

    void evaluated(String impact, String rating, String by, LocalDate on) {
        this.impactOnPractice = impact;
        this.impactRating = rating;
        this.evaluatedBy = by;
        this.evaluatedOn = on;
        this.status = Status.EVALUATED;
    }

    public String getStaffId() { return staffId; }
    public String getTitle() { return title; }
    public String getProvider() { return provider; }
    public TrainingCategory getCategory() { return category; }
    public BigDecimal getCost() { return cost; }
    public String getLearningObjective() { return learningObjective; }
    public Instant getRequestedAt() { return requestedAt; }
    public Status getStatus() { return status; }
    public String getLineManagerId() { return lineManagerId; }
    public String getSeniorManagerId() { return seniorManagerId; }
    public String getDeclineReason() { return declineReason; }
    public LocalDate getBookedFrom() { return bookedFrom; }
    public LocalDate getBookedTo() { return bookedTo; }
    public String getBookingReference() { return bookingReference; }
    public String getBookedBy() { return bookedBy; }
    public BigDecimal getAttendedHours() { return attendedHours; }
    public Long getCpdEntryId() { return cpdEntryId; }
    public String getImpactOnPractice() { return impactOnPractice; }
    public String getImpactRating() { return impactRating; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public String getProcessInstanceId() { return processInstanceId; }
}
