package org.supervision.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How often a meeting's invitation has been sent: RFC 5545's SEQUENCE, which a calendar uses
 * to tell a newer version of the same event (same UID) from an older one.
 */
@Entity
@Table(name = "calendar_event")
class CalendarEvent {

    @Id
    private String uid;
    @Column(nullable = false)
    private int sequence;

    protected CalendarEvent() {
    }

    CalendarEvent(String uid) {
        this.uid = uid;
        this.sequence = -1;
    }

    /** The sequence number of the version sent now: 0 for the first invitation, then one more each time. */
    int nextVersion() {
        return ++sequence;
    }

    /** The sequence number of the version last sent (0 if none was sent yet). */
    int currentVersion() {
        return Math.max(sequence, 0);
    }

    String getUid() {
        return uid;
    }
}
