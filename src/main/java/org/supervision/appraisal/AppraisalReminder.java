package org.supervision.appraisal;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder about, or an escalation of, a late work plan or appraisal step, and the follow-up noted. */
@Entity
@Table(name = "appraisal_reminder")
public class AppraisalReminder extends BaseEntity {

    public enum Subject { WORK_PLAN, APPRAISAL }

    public enum Kind { REMINDER, ESCALATION }

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Subject subject;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;
    @Column(nullable = false, updatable = false)
    private String step;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    private String recipient;
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;
    private String notes;
    @Column(name = "noted_by")
    private String notedBy;
    @Column(name = "noted_at")
    private Instant notedAt;

    protected AppraisalReminder() {
    }

    AppraisalReminder(String staffId, Subject subject, Long subjectId, String step, Kind kind, String recipient,
                      Instant sentAt) {
        this.staffId = staffId;
        this.subject = subject;
        this.subjectId = subjectId;
        this.step = step;
        this.kind = kind;
        this.recipient = recipient;
        this.sentAt = sentAt;
    }

    void followedUp(String notes, String by, Instant at) {
        this.notes = notes;
        this.notedBy = by;
        this.notedAt = at;
    }

    public String getStaffId() { return staffId; }
    public Subject getSubject() { return subject; }
    public Long getSubjectId() { return subjectId; }
    public String getStep() { return step; }
    public Kind getKind() { return kind; }
    public String getRecipient() { return recipient; }
    public Instant getSentAt() { return sentAt; }
    public String getNotes() { return notes; }
    public String getNotedBy() { return notedBy; }
    public Instant getNotedAt() { return notedAt; }
}
