package org.supervision.workspace;

/** What became of a submitted form, in the terms the page needs to answer the person. */
sealed interface FormOutcome {

    /** Submitted: the task is done, or the process started. */
    record Done() implements FormOutcome {
    }

    /** The product's check refused a field (a {@code TaskInputException}); nothing was stored. */
    record Refused(String field, String problem) implements FormOutcome {
    }

    /** Someone else was quicker, or the record changed meanwhile; the message says who and when if known. */
    record Conflict(String message) implements FormOutcome {
    }

    /** The engine does not let this person do it. */
    record Forbidden(String message) implements FormOutcome {
    }

    /** Anything else: logged for the operators, told to the person in words. */
    record Failed() implements FormOutcome {
    }
}
