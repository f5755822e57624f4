package org.supervision.audit;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A director's time-limited, reasoned access to one supervisee's 1:1 records. Never changed,
 * except that the director may end it early: its end only ever comes closer.
 */
@Entity
@Table(name = "record_access_grant")
public class RecordAccessGrant extends BaseEntity {

    /** The grounds on which the supervision policy lets a director read supervision records. */
    public enum ReasonCategory { PUBLIC_INTEREST, LAW, RISK_TO_STAFF_OR_USERS, CONDUCT, SUPERVISEE_CONSENT }

    @Column(name = "director_id", nullable = false, updatable = false)
    private String directorId;
    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_category", nullable = false, updatable = false)
    private ReasonCategory reasonCategory;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected RecordAccessGrant() {
    }

    RecordAccessGrant(String directorId, String staffId, ReasonCategory reasonCategory, String reason, Instant grantedAt,
                      Instant expiresAt) {
        this.directorId = directorId;
        this.staffId = staffId;
        this.reasonCategory = reasonCategory;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant moment) {
        return !moment.isBefore(grantedAt) && moment.isBefore(expiresAt);
    }

    /** Ends the access now; a grant already over stays as it was. */
    void endEarly(Instant now) {
        if (isValidAt(now)) {
            expiresAt = now;
        }
    }

    public String describe() {
        return reasonCategory + ": " + reason;
    }

    public String getDirectorId() { return directorId; }
    public String getStaffId() { return staffId; }
    public ReasonCategory getReasonCategory() { return reasonCategory; }
    public String getReason() { return reason; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
