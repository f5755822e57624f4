package org.supervision.conflict;

import org.supervision.shared.ConflictingChangeException;

/** A closed case is read-only (409 through the APIs). */
public class CaseClosedException extends ConflictingChangeException {

    CaseClosedException(ConflictCase conflictCase) {
        super("Conflict case " + conflictCase.getId() + " was closed (" + conflictCase.getOutcome()
                + ") and can no longer be changed");
    }
}
