package org.supervision.session;

public enum RecordStatus {
    /** Signed by the supervisor who wrote it; the supervisee has not answered yet. */
    AWAITING_CONFIRMATION,
    /** Confirmed by both parties: locked for good. */
    CONFIRMED,
    /** The supervisee disputes it; both statements are kept and the dispute goes on the next agenda. */
    DISPUTED,
    /** Replaced by a correction (a new version); kept as it was. */
    CORRECTED
}
