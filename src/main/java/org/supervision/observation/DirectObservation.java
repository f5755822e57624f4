package org.supervision.observation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.supervision.shared.BaseEntity;

/**
 * One direct observation of a worker's practice: planned by a date within the worker's
 * observation year, booked by the supervisor with an observer (themselves or a practice
 * educator), recorded by the observer, reflected on by the worker, and its feedback discussed
 * at the worker's next supervision session and signed by the supervisor and the worker. What
 * was observed and the reflection are record content: kept here, read through the record
 * access policy, never put in the engine's variables.
 */
@Entity
@Table(name = "direct_observation")
public class DirectObservation extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(name = "observer_id")
    private String observerId;
    @Column(name = "agreement_id", nullable = false, updatable = false)
    private Long agreementId;
    @Column(name = "year_starts_on", nullable = false, updatable = false)
    private LocalDate yearStartsOn;
    @Column(name = "sequence_in_year", nullable = false, updatable = false)
    private int sequenceInYear;
    @Column(name = "required_in_year", nullable = false, updatable = false)
    private int requiredInYear;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "planned_by", nullable = false, updatable = false)
    private LocalDate plannedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObservationStatus status = ObservationStatus.PLANNED;
    @Column(nullable = false)
    private boolean overdue;
    @Column(name = "booked_at")
    private Instant bookedAt;
    private String place;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "what_was_observed")
    private String whatWasObserved;
    private String strengths;
    @Column(name = "areas_to_develop")
    private String areasToDevelop;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String reflection;
    @Column(name = "reflected_at")
    private Instant reflectedAt;
    @Column(name = "followed_up_by")
    private String followedUpBy;
    @Column(name = "followed_up_at")
    private Instant followedUpAt;
    @Column(name = "follow_up_notes")
    private String followUpNotes;
    @Column(name = "booked_by")
    private String bookedBy;
    @Column(name = "discussed_session_id")
    private Long discussedSessionId;
    @Column(name = "discussed_with")
    private String discussedWith;
    @Column(name = "supervisor_signed_by")
    private String supervisorSignedBy;
    @Column(name = "supervisor_signed_at")
    private Instant supervisorSignedAt;
    @Column(name = "worker_signed_at")
    private Instant workerSignedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Version
    private long version;

    protected DirectObservation() {
    }

    DirectObservation(String staffId, Long agreementId, LocalDate yearStartsOn, int sequenceInYear,
                      int requiredInYear, LocalDate plannedBy) {
        this.staffId = staffId;
        this.agreementId = agreementId;
        this.yearStartsOn = yearStartsOn;
        this.sequenceInYear = sequenceInYear;
        this.requiredInYear = requiredInYear;
        this.plannedBy = plannedBy;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void book(String bookedBy, String observerId, Instant at, String place) {
        requireStatus(ObservationStatus.PLANNED);
        this.bookedBy = bookedBy;
        this.observerId = observerId;
        this.bookedAt = at;
        this.place = place;
        this.status = ObservationStatus.BOOKED;
    }

    void record(LocalDate heldOn, String whatWasObserved, String strengths, String areasToDevelop, Instant at) {
        requireStatus(ObservationStatus.BOOKED);
        this.heldOn = heldOn;
        this.whatWasObserved = whatWasObserved;
        this.strengths = strengths;
        this.areasToDevelop = areasToDevelop;
        this.recordedAt = at;
        this.status = ObservationStatus.RECORDED;
    }

    void reflect(String reflection, Instant at) {
        requireStatus(ObservationStatus.RECORDED);
        this.reflection = reflection;
        this.reflectedAt = at;
        this.status = ObservationStatus.REFLECTED;
    }

    /** The worker's next supervision session was held: its supervisor is asked whether the feedback was discussed. */
    void discussAt(long sessionId, String supervisorId) {
        requireStatus(ObservationStatus.REFLECTED);
        this.discussedSessionId = sessionId;
        this.discussedWith = supervisorId;
    }

    /** The supervisor confirms the feedback was discussed and signs; otherwise it waits for the next session. */
    void supervisorAnswers(boolean discussed, String supervisorId, Instant at) {
        requireStatus(ObservationStatus.REFLECTED);
        if (discussed) {
            this.supervisorSignedBy = supervisorId;
            this.supervisorSignedAt = at;
            this.status = ObservationStatus.DISCUSSED;
        } else {
            this.discussedSessionId = null;
            this.discussedWith = null;
        }
    }

    void workerSigns(Instant at) {
        requireStatus(ObservationStatus.DISCUSSED);
        this.workerSignedAt = at;
        this.status = ObservationStatus.SIGNED;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    /** Not booked by the day it was planned by: it can still be booked, and is followed up. */
    void markOverdue() {
        if (status == ObservationStatus.PLANNED) {
            overdue = true;
        }
    }

    void followedUp(String managerId, Instant at, String notes) {
        this.followedUpBy = managerId;
        this.followedUpAt = at;
        this.followUpNotes = notes;
    }

    private void requireStatus(ObservationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Observation " + getId() + " is " + status + ", not " + expected);
        }
    }

    /** The observation year runs 12 months from the signing of the agreement that planned it. */
    LocalDate yearEndsOn() {
        return yearStartsOn.plusYears(1).minusDays(1);
    }

    public String getStaffId() { return staffId; }
    public String getObserverId() { return observerId; }
    public Long getAgreementId() { return agreementId; }
    public LocalDate getYearStartsOn() { return yearStartsOn; }
    public int getSequenceInYear() { return sequenceInYear; }
    public int getRequiredInYear() { return requiredInYear; }
    public String getProcessInstanceId() { return processInstanceId; }
    public LocalDate getPlannedBy() { return plannedBy; }
    public ObservationStatus getStatus() { return status; }
    public boolean isOverdue() { return overdue; }
    public Instant getBookedAt() { return bookedAt; }
    public String getPlace() { return place; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getWhatWasObserved() { return whatWasObserved; }
    public String getStrengths() { return strengths; }
    public String getAreasToDevelop() { return areasToDevelop; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getReflection() { return reflection; }
    public Instant getReflectedAt() { return reflectedAt; }
    public String getFollowedUpBy() { return followedUpBy; }
    public Instant getFollowedUpAt() { return followedUpAt; }
    public String getBookedBy() { return bookedBy; }
    public Long getDiscussedSessionId() { return discussedSessionId; }
    public String getDiscussedWith() { return discussedWith; }
    public String getSupervisorSignedBy() { return supervisorSignedBy; }
    public Instant getSupervisorSignedAt() { return supervisorSignedAt; }
    public Instant getWorkerSignedAt() { return workerSignedAt; }
    public Instant getRemindedAt() { return remindedAt; }
}
