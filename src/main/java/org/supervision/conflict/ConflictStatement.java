package org.supervision.conflict;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One party's answer at a stage: resolved or not, in their own words. Never changed. */
@Entity
@Table(name = "conflict_statement")
public class ConflictStatement extends BaseEntity {

    public enum Party { SUPERVISEE, SUPERVISOR }

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Column(nullable = false, updatable = false)
    private int stage;
    @Column(name = "party_id", nullable = false, updatable = false)
    private String partyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false, updatable = false)
    private Party partyRole;
    @Column(nullable = false, updatable = false)
    private boolean resolved;
    @Column(updatable = false)
    private String statement;
    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    protected ConflictStatement() {
    }

    ConflictStatement(Long caseId, int stage, String partyId, Party partyRole, boolean resolved, String statement,
                      Instant madeAt) {
        this.caseId = caseId;
        this.stage = stage;
        this.partyId = partyId;
        this.partyRole = partyRole;
        this.resolved = resolved;
        this.statement = statement;
        this.madeAt = madeAt;
    }

    public Long getCaseId() { return caseId; }
    public int getStage() { return stage; }
    public String getPartyId() { return partyId; }
    public Party getPartyRole() { return partyRole; }
    public boolean isResolved() { return resolved; }
    public String getStatement() { return statement; }
    public Instant getMadeAt() { return madeAt; }
}
