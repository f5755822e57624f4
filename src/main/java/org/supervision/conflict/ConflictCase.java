package org.supervision.conflict;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.supervision.shared.ConflictingChangeException;
import org.supervision.staff.SupervisionType;

/**
 * A conflict about one supervision relationship, from the moment it is raised
 * until it is resolved, decided by HR or withdrawn. A closed case is never changed.
 */
@Entity
@Table(name = "conflict_case")
public class ConflictCase extends BaseEntity {

    public static final int SUPERVISOR_STAGE = 1;
    public static final int THREE_WAY_STAGE = 2;
    public static final int HR_STAGE = 3;

    public enum Source { RAISED, NEGOTIATION_DEADLOCK }

    @Column(name = "supervisee_id", nullable = false, updatable = false)
    private String superviseeId;
    @Column(name = "supervisor_id", nullable = false, updatable = false)
    private String supervisorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_type", nullable = false, updatable = false)
    private SupervisionType supervisionType;
    @Column(name = "line_manager_id")
    private String lineManagerId;
    /** Null when the agreement process opened the case. */
    @Column(name = "raised_by", updatable = false)
    private String raisedBy;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;
    @Column(name = "agreement_id", updatable = false)
    private Long agreementId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Concern concern;
    @Column(nullable = false, updatable = false)
    private String description;
    @Column(name = "desired_outcome", updatable = false)
    private String desiredOutcome;
    @Column(nullable = false)
    private int stage;
    @Column(name = "reached_hr_at")
    private Instant reachedHrAt;
    @Enumerated(EnumType.STRING)
    private ConflictOutcome outcome;
    @Column(name = "outcome_notes")
    private String outcomeNotes;
    @Column(name = "new_supervisor_id")
    private String newSupervisorId;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected ConflictCase() {
    }

    ConflictCase(String superviseeId, String supervisorId, SupervisionType supervisionType, String raisedBy,
                 Instant raisedAt, Source source, Long agreementId, Concern concern, String description,
                 String desiredOutcome, String processInstanceId) {
        this.superviseeId = superviseeId;
        this.supervisorId = supervisorId;
        this.supervisionType = supervisionType;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.source = source;
        this.agreementId = agreementId;
        this.concern = concern;
        this.description = description;
        this.desiredOutcome = desiredOutcome;
        this.processInstanceId = processInstanceId;
        this.openKey = openKey(superviseeId, supervisionType);
    }

    /** The key that makes a second open case about the same relationship impossible. */
    static String openKey(String superviseeId, SupervisionType type) {
        return superviseeId + "|" + type.name();
    }

    void enter(int nextStage, String lineManager, Instant at) {
        requireOpen();
        if (nextStage <= stage) {
            throw new ConflictingChangeException("Conflict case " + getId() + " is already at stage " + stage);
        }
        stage = nextStage;
        if (nextStage == THREE_WAY_STAGE) {
            lineManagerId = lineManager;
        }
        if (nextStage == HR_STAGE) {
            reachedHrAt = at;
        }
    }

    void close(ConflictOutcome how, String notes, String by, Instant at) {
        requireOpen();
        outcome = how;
        outcomeNotes = notes;
        closedBy = by;
        closedAt = at;
        openKey = null;
    }

    void closeWithNewSupervisor(String newSupervisor, String notes, String by, Instant at) {
        close(ConflictOutcome.CHANGE_OF_SUPERVISOR, notes, by, at);
        newSupervisorId = newSupervisor;
    }

    void withdraw(String reason, String by, Instant at) {
        close(ConflictOutcome.WITHDRAWN, null, by, at);
        withdrawalReason = reason;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean isParty(String userId) {
        return userId.equals(superviseeId) || userId.equals(supervisorId);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new CaseClosedException(this);
        }
    }

    public String getSuperviseeId() { return superviseeId; }
    public String getSupervisorId() { return supervisorId; }
    public SupervisionType getSupervisionType() { return supervisionType; }
    public String getLineManagerId() { return lineManagerId; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public Source getSource() { return source; }
    public Long getAgreementId() { return agreementId; }
    public Concern getConcern() { return concern; }
    public String getDescription() { return description; }
    public String getDesiredOutcome() { return desiredOutcome; }
    public int getStage() { return stage; }
    public Instant getReachedHrAt() { return reachedHrAt; }
    public ConflictOutcome getOutcome() { return outcome; }
    public String getOutcomeNotes() { return outcomeNotes; }
    public String getNewSupervisorId() { return newSupervisorId; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
}
