package org.supervision.observation;

/** Where a direct observation of practice stands. */
public enum ObservationStatus {
    PLANNED, BOOKED, RECORDED, REFLECTED;

    /** An observation counts towards the year once it has taken place and is recorded. */
    boolean done() {
        return this == RECORDED || this == REFLECTED;
    }
}
