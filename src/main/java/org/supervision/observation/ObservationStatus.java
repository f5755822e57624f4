package org.supervision.observation;

/** Where a direct observation of practice stands. */
public enum ObservationStatus {
    PLANNED, BOOKED, RECORDED, REFLECTED, DISCUSSED, SIGNED;

    /** It has taken place and the observer has recorded it. */
    public boolean observed() {
        return ordinal() >= RECORDED.ordinal();
    }

    /**
     * An observation counts towards the year's number only once its feedback was discussed at a
     * supervision session and signed by both the supervisor and the worker.
     */
    public boolean done() {
        return this == SIGNED;
    }
}
