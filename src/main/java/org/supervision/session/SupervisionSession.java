package org.supervision.session;

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
import org.supervision.staff.SupervisionType;

/** One planned supervision session of a cycle: due, booked, postponed, held. */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_type", nullable = false, updatable = false)
    private SupervisionType supervisionType;
    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;
    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;
    @Column(name = "process_instance_id", updatable = false)
    private String processInstanceId;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.DUE;
    @Column(nullable = false)
    private boolean overdue;
    @Column(name = "booked_by")
    private String bookedBy;
    @Column(name = "starts_at")
    private Instant startsAt;
    private String place;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "held_with")
    private String heldWith;
    @Version
    private long version;

    protected SupervisionSession() {
    }

    SupervisionSession(String staffId, SupervisionType type, int sequenceNumber, Long agreementId,
                       String processInstanceId, LocalDate dueOn) {
        this.staffId = staffId;
        this.supervisionType = type;
        this.sequenceNumber = sequenceNumber;
        this.agreementId = agreementId;
        this.processInstanceId = processInstanceId;
        this.dueOn = dueOn;
    }

    void book(String supervisorId, Instant startsAt, String place) {
        requireNotHeld();
        this.bookedBy = supervisorId;
        this.startsAt = startsAt;
        this.place = place;
        this.status = SessionStatus.BOOKED;
    }

    void postpone() {
        requireNotHeld();
        status = SessionStatus.POSTPONED;
    }

    void hold(LocalDate on, String supervisorId) {
        requireNotHeld();
        heldOn = on;
        heldWith = supervisorId;
        status = SessionStatus.HELD;
    }

    /** Not held by the end of its due date (supervision is planned and regular). */
    void markOverdue() {
        if (status != SessionStatus.HELD) {
            overdue = true;
        }
    }

    /**
     * Overdue as a person means it: not held by the end of its due day. The stored flag is set
     * by the timer at the end of the due day whenever no record exists yet, so a session held
     * on time and recorded a few days later carries it wrongly; this reads the held date.
     */
    public boolean isOverdueOn(LocalDate today) {
        if (status == SessionStatus.HELD) {
            return heldOn.isAfter(dueOn);
        }
        return status != SessionStatus.ENDED && today.isAfter(dueOn);
    }

    /** Still to come: due, booked, or postponed and waiting to be re-booked. */
    public boolean isToCome() {
        return SessionStatus.TO_COME.contains(status);
    }

    /** A renewed agreement takes over the sessions that are still to come. */
    void adopt(Long renewedAgreementId) {
        requireNotHeld();
        agreementId = renewedAgreementId;
    }

    void endBeforeHeld() {
        requireNotHeld();
        status = SessionStatus.ENDED;
    }

    private void requireNotHeld() {
        if (!SessionStatus.TO_COME.contains(status)) {
            throw new IllegalStateException("Session " + getId() + " is " + status + " and can no longer be changed");
        }
    }

    public String getStaffId() { return staffId; }
    public SupervisionType getSupervisionType() { return supervisionType; }
    public int getSequenceNumber() { return sequenceNumber; }
    public Long getAgreementId() { return agreementId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public LocalDate getDueOn() { return dueOn; }
    public SessionStatus getStatus() { return status; }
    public boolean isOverdue() { return overdue; }
    public String getBookedBy() { return bookedBy; }
    public Instant getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getHeldWith() { return heldWith; }
    public long getVersion() { return version; }
}
