package org.supervision.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's calendar feed: the SHA-256 of its secret, never the secret, and when it was made. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private String staffId;
    @Column(nullable = false, unique = true)
    private String tokenHash;
    @Column(nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String staffId) {
        this.staffId = staffId;
    }

    void renew(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    String getStaffId() {
        return staffId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
