package org.supervision.shared;

import org.camunda.bpm.engine.ProcessEngineException;

/** A change refused because the record is no longer in a state that allows it (answered with 409). */
public class ConflictingChangeException extends ProcessEngineException {

    public ConflictingChangeException(String message) {
        super(message);
    }
}
