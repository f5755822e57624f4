package org.supervision.session;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A booking that did not happen: who asked, why, and when it had to be re-booked by. */
@Entity
@Table(name = "session_postponement")
public class SessionPostponement extends BaseEntity {

    public enum Kind { POSTPONED, CANCELLED }

    public enum RequestedBy { SUPERVISOR, SUPERVISEE }

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, updatable = false)
    private RequestedBy requestedBy;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "previously_starts_at", nullable = false, updatable = false)
    private Instant previouslyStartsAt;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "rebook_by", nullable = false, updatable = false)
    private LocalDate rebookBy;
    @Column(name = "rebooked_at")
    private Instant rebookedAt;

    protected SessionPostponement() {
    }

    SessionPostponement(Long sessionId, Kind kind, RequestedBy requestedBy, String reason, Instant previouslyStartsAt,
                        String recordedBy, Instant recordedAt, LocalDate rebookBy) {
        this.sessionId = sessionId;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.previouslyStartsAt = previouslyStartsAt;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.rebookBy = rebookBy;
    }

    void rebooked(Instant at) {
        rebookedAt = at;
    }


    public Long getSessionId() { return sessionId; }
    public Kind getKind() { return kind; }
    public RequestedBy getRequestedBy() { return requestedBy; }
    public String getReason() { return reason; }
    public Instant getPreviouslyStartsAt() { return previouslyStartsAt; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public LocalDate getRebookBy() { return rebookBy; }
    public Instant getRebookedAt() { return rebookedAt; }
}
