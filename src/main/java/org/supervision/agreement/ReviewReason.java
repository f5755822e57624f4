package org.supervision.agreement;

/** Why an agreement is (re)negotiated (004 §4, §17). */
public enum ReviewReason {
    JOINED,
    ANNUAL_REVIEW,
    REQUESTED,
    /** Conflict handling asked for a review of the agreement (stage 1 or a resolved later stage). */
    CONFLICT
}
