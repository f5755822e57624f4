package org.supervision.agreement;

/** Why an agreement is (re)negotiated. */
public enum ReviewReason {
    JOINED,
    ANNUAL_REVIEW,
    REQUESTED,
    /** Conflict handling asked for a review of the agreement (stage 1 or a resolved later stage). */
    CONFLICT
}
