package org.supervision.session;

public enum SessionStatus {
    /** Planned from the agreed frequency, not yet booked. */
    DUE,
    BOOKED,
    /** Postponed or cancelled, waiting to be re-booked. */
    POSTPONED,
    HELD
}
