package org.supervision.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a submitted form from a task and checks it on the server, with the same rules the
 * form shows in the browser: a request through the REST API gets the same answer as
 * Tasklist. Every failure names the field and the problem.
 */
public final class FormInput {

    public static final int MAX_TEXT = 4000;

    private final VariableScope scope;

    private FormInput(VariableScope scope) {
        this.scope = scope;
    }

    /**
     * @throws ConflictingChangeException when the task's process has moved on since the task
     *         was read: someone else completed it at the same moment. Camunda then drops the
     *         submitted values (they have no execution to go to), so without this check the
     *         loser would be told that required fields are missing.
     */
    public static FormInput of(VariableScope scope) {
        if (scope instanceof DelegateTask task && task.getExecutionId() != null && task.getExecution() == null) {
            throw new ConflictingChangeException("Someone else completed this task at the same moment; reload your task list");
        }
        return new FormInput(scope);
    }

    /**
     * The submitted value. REST's task/complete writes it to the process, while Tasklist's
     * form submission updates the task-local value the form was shown with: prefer the former.
     */
    Object value(String field) {
        if (scope instanceof DelegateTask task && task.getExecution() != null) {
            Object submitted = task.getExecution().getVariable(field);
            if (submitted != null) {
                return submitted;
            }
        }
        return scope.getVariable(field);
    }

    /** Removes submitted values from the process once they are stored in the product's tables. */
    public void discard(String... fields) {
        for (String field : fields) {
            if (scope instanceof DelegateTask task && task.getExecution() != null) {
                task.getExecution().removeVariable(field);
            }
            scope.removeVariable(field);
        }
    }

    /** Empty means "not given", e.g. supervision on request rather than at a fixed interval. */
    public Integer optionalInt(String field, int min, int max) {
        Object value = value(field);
        return value == null || (value instanceof String text && text.isBlank()) ? null : requiredInt(field, min, max);
    }

    public int requiredInt(String field, int min, int max) {
        Object value = value(field);
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new TaskInputException(field, "is required");
        }
        long number;
        try {
            double parsed = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
            if (parsed != Math.rint(parsed)) {
                throw new TaskInputException(field, "must be a whole number, not " + value);
            }
            number = (long) parsed;
        } catch (NumberFormatException e) {
            throw new TaskInputException(field, "'" + value + "' is not a number");
        }
        if (number < min || number > max) {
            throw new TaskInputException(field, "must be between " + min + " and " + max + ", not " + number);
        }
        return (int) number;
    }

    public String requiredText(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw new TaskInputException(field, "is required");
        }
        return text;
    }

    public String optionalText(String field) {
        Object value = value(field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > MAX_TEXT) {
            throw new TaskInputException(field, "is " + text.length() + " characters long; at most " + MAX_TEXT + " are allowed");
        }
        return text;
    }

    public LocalDate requiredDate(String field) {
        Object value = value(field);
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException(field, "is required");
        }
        if (value instanceof java.util.Date date) {
            return LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.of("Europe/London"));
        }
        String text = value.toString().trim();
        try {
            // form-js sends "2026-11-25"; accept a full ISO timestamp too
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new TaskInputException(field, "'" + text + "' is not a date in the form YYYY-MM-DD");
        }
    }

    public String requiredChoice(String field, String... allowed) {
        String value = requiredText(field);
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new TaskInputException(field, "must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }

    /**
     * A yes/no answer that steers a gateway. Forms may send it as text ("true"); the
     * process keeps it as a boolean so that conditions like {@code ${recordConfirmed}} work.
     */
    public boolean decision(String field) {
        return keepDecision(field, requiredBoolean(field));
    }

    /** A decision taken by ticking a box: unticked means no. */
    public boolean optionalDecision(String field) {
        return keepDecision(field, optionalBoolean(field));
    }

    /** Keeps a yes/no answer submitted as {@code field} as the process's decision {@code decisionName}. */
    public boolean decisionAs(String field, String decisionName) {
        boolean answer = requiredBoolean(field);
        discard(field);
        return keepDecision(decisionName, answer);
    }

    private boolean keepDecision(String field, boolean answer) {
        if (scope instanceof DelegateTask task && task.getExecution() != null) {
            scope.removeVariableLocal(field);
            task.getExecution().setVariable(field, answer);
        } else {
            scope.setVariable(field, answer);
        }
        return answer;
    }

    /** An unticked checkbox may arrive as false or not at all. */
    public boolean optionalBoolean(String field) {
        Object value = value(field);
        return value != null && !value.toString().isBlank() && requiredBoolean(field);
    }

    public boolean requiredBoolean(String field) {
        Object value = value(field);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && (value.toString().equalsIgnoreCase("true") || value.toString().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new TaskInputException(field, value == null ? "is required" : "must be true or false, not " + value);
    }
}
