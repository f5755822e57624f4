package org.supervision.session;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What someone did when a session deadline passed: the evidence an auditor looks for. */
@Entity
@Table(name = "session_follow_up")
public class SessionFollowUp extends BaseEntity {

    public enum Reason { NOT_REBOOKED, RECORD_UNCONFIRMED_REMINDER, RECORD_UNCONFIRMED_ESCALATION }

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;
    @Column(name = "followed_by", nullable = false, updatable = false)
    private String followedBy;
    @Column(name = "followed_at", nullable = false, updatable = false)
    private Instant followedAt;
    @Column(nullable = false, updatable = false)
    private String notes;

    protected SessionFollowUp() {
    }

    SessionFollowUp(Long sessionId, Reason reason, String followedBy, Instant followedAt, String notes) {
        this.sessionId = sessionId;
        this.reason = reason;
        this.followedBy = followedBy;
        this.followedAt = followedAt;
        this.notes = notes;
    }

    public Long getSessionId() { return sessionId; }
    public Reason getReason() { return reason; }
    public String getFollowedBy() { return followedBy; }
    public Instant getFollowedAt() { return followedAt; }
    public String getNotes() { return notes; }
}
