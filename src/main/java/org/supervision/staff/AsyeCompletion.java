package org.supervision.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.supervision.shared.BaseEntity;

/**
 * One decision about the end of a member's assessed and supported year in employment (ASYE):
 * completed on a day, or extended to a later day, with who recorded it, when and why. Never
 * changed once written; the latest one for a member is where their year stands.
 */
@Entity
@Table(name = "asye_completion")
public class AsyeCompletion extends BaseEntity {

    /** Who records the automatic completion 12 months after the start date. */
    public static final String SYSTEM = "system";

    public enum Outcome { COMPLETED, EXTENDED }

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "completed_on", updatable = false)
    private LocalDate completedOn;

    @Column(name = "extended_to", updatable = false)
    private LocalDate extendedTo;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected AsyeCompletion() {
    }

    private AsyeCompletion(String staffId, Outcome outcome, LocalDate day, String recordedBy, Instant recordedAt,
                           String reason) {
        this.staffId = staffId;
        this.outcome = outcome;
        this.completedOn = outcome == Outcome.COMPLETED ? day : null;
        this.extendedTo = outcome == Outcome.EXTENDED ? day : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.reason = reason;
    }

    static AsyeCompletion completed(String staffId, LocalDate on, String recordedBy, Instant recordedAt, String reason) {
        return new AsyeCompletion(staffId, Outcome.COMPLETED, on, recordedBy, recordedAt, reason);
    }

    static AsyeCompletion extended(String staffId, LocalDate to, String recordedBy, Instant recordedAt, String reason) {
        return new AsyeCompletion(staffId, Outcome.EXTENDED, to, recordedBy, recordedAt, reason);
    }

    /** The day the year ends as things stand: the completion day, or the day it was extended to. */
    public LocalDate yearEndsOn() {
        return outcome == Outcome.COMPLETED ? completedOn : extendedTo;
    }

    public boolean isCompleted() { return outcome == Outcome.COMPLETED; }
    public String getStaffId() { return staffId; }
    public Outcome getOutcome() { return outcome; }
    public LocalDate getCompletedOn() { return completedOn; }
    public LocalDate getExtendedTo() { return extendedTo; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getReason() { return reason; }
}
