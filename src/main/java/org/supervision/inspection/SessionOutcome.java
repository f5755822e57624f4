package org.supervision.inspection;

import org.supervision.compliance.SessionJudgement;

/** How a 1:1 session due in the period went, as the compliance figures judge it, in the words of the supervision log. */
enum SessionOutcome {
    HELD_ON_TIME("Held on time"),
    HELD_LATE("Held late"),
    MISSED("Not held by its due date"),
    ENDED("Not held: supervision ended"),
    NOT_YET_DUE("Not yet due");

    private final String words;

    SessionOutcome(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }

    /** A session of the period: one judged to count in another period is not in its log. */
    static SessionOutcome of(SessionJudgement.Outcome judged) {
        return switch (judged) {
            case HELD_ON_TIME -> HELD_ON_TIME;
            case HELD_LATE -> HELD_LATE;
            case MISSED -> MISSED;
            case ENDED -> ENDED;
            case NOT_YET_DUE -> NOT_YET_DUE;
            case OTHER_PERIOD -> throw new IllegalArgumentException("A session counted in another period is not in this period's log");
        };
    }
}
