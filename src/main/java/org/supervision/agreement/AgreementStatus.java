package org.supervision.agreement;

public enum AgreementStatus {
    /** Under negotiation between supervisor and supervisee. */
    DRAFT,
    /** Signed by both: the agreement in force. */
    SIGNED,
    /** A later signed version replaced it. */
    SUPERSEDED,
    /** Negotiation deadlocked and went to the supervisor's line manager. */
    ESCALATED,
    /** The supervisee left: no longer in force, or no longer negotiated. */
    ENDED
}
