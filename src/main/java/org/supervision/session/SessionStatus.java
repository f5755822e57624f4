package org.supervision.session;

public enum SessionStatus {
    /** Planned from the agreed frequency, not yet booked. */
    DUE,
    BOOKED,
    /** Postponed or cancelled, waiting to be re-booked. */
    POSTPONED,
    HELD,
    /** Never held: supervision ended before it (the supervisee left). */
    ENDED;

    static final java.util.Set<SessionStatus> TO_COME = java.util.EnumSet.of(DUE, BOOKED, POSTPONED);
}
