package org.supervision.conflict;

/** What the dissatisfaction is about ("quantity or quality of supervision"). */
public enum Concern {
    QUANTITY,
    QUALITY,
    /** Supervisor and supervisee could not agree the supervision agreement. */
    AGREEMENT,
    OTHER
}
