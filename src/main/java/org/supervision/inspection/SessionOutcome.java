package org.supervision.inspection;

/** How a 1:1 session due in the period went, in the words of the supervision log. */
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
}
