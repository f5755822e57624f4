package org.supervision.shared;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submitted task form failed the server-side check. Thrown inside the completing
 * transaction, so the task stays open and nothing of the submission is stored.
 */
public class TaskInputException extends ProcessEngineException {

    private final String field;

    public TaskInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
