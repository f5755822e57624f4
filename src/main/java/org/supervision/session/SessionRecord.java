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

/**
 * One version of a session record. The text is written once (its columns are not
 * updatable); what changes afterwards is only who confirmed or disputed it. A confirmed
 * version is locked; a correction is a new version that names the one it corrects.
 */
@Entity
@Table(name = "session_record")
public class SessionRecord extends BaseEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;
    @Column(name = "record_version", nullable = false, updatable = false)
    private int recordVersion;
    @Column(name = "corrects_record_id", updatable = false)
    private Long correctsRecordId;
    @Column(name = "correction_reason", updatable = false)
    private String correctionReason;
    @Column(name = "carried_forward", updatable = false)
    private String carriedForward;
    @Column(nullable = false, updatable = false)
    private String supportive;
    @Column(nullable = false, updatable = false)
    private String management;
    @Column(nullable = false, updatable = false)
    private String educational;
    @Column(nullable = false, updatable = false)
    private String mediation;
    @Column(nullable = false, updatable = false)
    private String decisions;
    @Column(nullable = false, updatable = false)
    private String agreements;
    @Column(updatable = false)
    private String disagreements;
    @Column(name = "future_items", updatable = false)
    private String futureItems;
    @Column(name = "case_record_items", updatable = false)
    private String caseRecordItems;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordStatus status = RecordStatus.AWAITING_CONFIRMATION;
    @Column(name = "supervisee_confirmed_by")
    private String superviseeConfirmedBy;
    @Column(name = "supervisee_confirmed_at")
    private Instant superviseeConfirmedAt;
    @Column(name = "supervisee_statement")
    private String superviseeStatement;
    @Column(name = "supervisee_statement_at")
    private Instant superviseeStatementAt;
    @Column(name = "supervisor_statement")
    private String supervisorStatement;
    @Column(name = "supervisor_statement_at")
    private Instant supervisorStatementAt;
    @Column(name = "discussed_in_session_id")
    private Long discussedInSessionId;
    @Version
    private long version;

    protected SessionRecord() {
    }

    /** The supervisor's recording is their signature: the record is theirs, at this time. */
    SessionRecord(Long sessionId, int recordVersion, RecordContent content, String carriedForward,
                  String recordedBy, Instant recordedAt) {
        this.sessionId = sessionId;
        this.recordVersion = recordVersion;
        this.carriedForward = carriedForward;
        this.supportive = content.supportive();
        this.management = content.management();
        this.educational = content.educational();
        this.mediation = content.mediation();
        this.decisions = content.decisions();
        this.agreements = content.agreements();
        this.disagreements = content.disagreements();
        this.futureItems = content.futureItems();
        this.caseRecordItems = content.caseRecordItems();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The correction of a disputed version: same session, next version number, a stated reason. */
    SessionRecord correction(RecordContent corrected, String reason, String by, Instant at) {
        if (status != RecordStatus.DISPUTED) {
            throw new RecordLockedException(this, "only a disputed record can be corrected");
        }
        SessionRecord next = new SessionRecord(sessionId, recordVersion + 1, corrected, carriedForward, by, at);
        next.correctsRecordId = getId();
        next.correctionReason = reason;
        status = RecordStatus.CORRECTED;
        return next;
    }

    void confirmBySupervisee(String userId, Instant at) {
        requireAwaitingConfirmation();
        superviseeConfirmedBy = userId;
        superviseeConfirmedAt = at;
        status = RecordStatus.CONFIRMED;
    }

    void disputeBySupervisee(String statement, Instant at) {
        requireAwaitingConfirmation();
        superviseeStatement = statement;
        superviseeStatementAt = at;
        status = RecordStatus.DISPUTED;
    }

    void answerDispute(String statement, Instant at) {
        if (status != RecordStatus.DISPUTED || supervisorStatement != null) {
            throw new RecordLockedException(this, "only an unanswered dispute can be answered");
        }
        supervisorStatement = statement;
        supervisorStatementAt = at;
    }

    /** The dispute was put on the agenda of a later session. */
    void carriedTo(Long sessionId) {
        discussedInSessionId = sessionId;
    }

    private void requireAwaitingConfirmation() {
        if (status != RecordStatus.AWAITING_CONFIRMATION) {
            throw new RecordLockedException(this, "it was already answered");
        }
    }

    public boolean isLocked() {
        return status == RecordStatus.CONFIRMED || status == RecordStatus.CORRECTED;
    }

    public RecordContent content() {
        return new RecordContent(supportive, management, educational, mediation, decisions, agreements,
                disagreements, futureItems, caseRecordItems);
    }

    public Long getSessionId() { return sessionId; }
    public int getRecordVersion() { return recordVersion; }
    public Long getCorrectsRecordId() { return correctsRecordId; }
    public String getCorrectionReason() { return correctionReason; }
    public String getCarriedForward() { return carriedForward; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public RecordStatus getStatus() { return status; }
    public String getSuperviseeConfirmedBy() { return superviseeConfirmedBy; }
    public Instant getSuperviseeConfirmedAt() { return superviseeConfirmedAt; }
    public String getSuperviseeStatement() { return superviseeStatement; }
    public Instant getSuperviseeStatementAt() { return superviseeStatementAt; }
    public String getSupervisorStatement() { return supervisorStatement; }
    public Instant getSupervisorStatementAt() { return supervisorStatementAt; }
    public Long getDiscussedInSessionId() { return discussedInSessionId; }
}
