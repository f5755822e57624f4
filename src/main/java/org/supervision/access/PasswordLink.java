package org.supervision.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.supervision.shared.BaseEntity;

/**
 * A one-time link to set a password, sent by e-mail. The token itself is only in the mail;
 * this row holds its SHA-256, so the link works once, until it expires, for one person.
 */
@Entity
@Table(name = "password_link")
class PasswordLink extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LinkPurpose purpose;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {
    }

    PasswordLink(String staffId, String tokenHash, LinkPurpose purpose, Instant createdAt, Instant expiresAt) {
        this.staffId = staffId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean opensAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** A newer link replaces this one: it stops working now, and is not recorded as used. */
    void withdraw(Instant now) {
        if (now.isBefore(expiresAt)) {
            expiresAt = now;
        }
    }

    String getStaffId() { return staffId; }
    LinkPurpose getPurpose() { return purpose; }
}
