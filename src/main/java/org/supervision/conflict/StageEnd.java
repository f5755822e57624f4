package org.supervision.conflict;

/** Why a stage of a case ended. */
public enum StageEnd {
    RESOLVED,
    NOT_RESOLVED,
    /** Nobody acted before the stage's deadline: the case moved on by itself. */
    DEADLINE_PASSED,
    /** A party asked for the three-way discussion during stage 1. */
    THREE_WAY_REQUESTED,
    /** The supervisor referred the case to the three-way discussion in their response. */
    REFERRED,
    /** HR recorded the outcome. */
    DECIDED,
    WITHDRAWN,
    SUPERVISEE_LEFT
}
