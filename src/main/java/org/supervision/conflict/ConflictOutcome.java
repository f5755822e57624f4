package org.supervision.conflict;

/** How a case was closed. Every outcome but WITHDRAWN is decided at a stage. */
public enum ConflictOutcome {
    RESOLVED,
    /** HR decided: the directory now names another supervisor. */
    CHANGE_OF_SUPERVISOR,
    /** HR decided: the supervision agreement is renegotiated. */
    AGREEMENT_REVIEW,
    /** HR took it to a formal procedure outside this system. */
    FORMAL_PROCEDURE,
    WITHDRAWN,
    /** The supervisee left the organisation before the case was decided. */
    SUPERVISEE_LEFT
}
