package org.supervision.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.time.LocalTime;
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
     * form submission updates the task-local value the form was shown with: prefer the former,
     * also when it is an explicit null (a cleared field is not the value the form showed).
     */
    Object value(String field) {
        if (scope instanceof DelegateTask task && task.getExecution() != null && task.getExecution().hasVariable(field)) {
            return task.getExecution().getVariable(field);
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

    /**
     * Forgets the answers given to these fields at an earlier task of the same process (an
     * earlier session, negotiation round or dispute), so that a form submitted without them
     * is refused instead of taken as the earlier answer. Call it when the task is created.
     */
    public static void forgetEarlierAnswers(DelegateTask task, String... fields) {
        if (task.getExecution() != null) {
            for (String field : fields) {
                task.getExecution().removeVariable(field);
            }
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
        if (!(value instanceof Number) && !(value instanceof String)) {
            throw new TaskInputException(field, "must be a whole number, not " + kindOf(value));
        }
        long number;
        try {
            double parsed = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
            if (parsed != Math.rint(parsed)) {
                throw new TaskInputException(field, "must be a whole number, not " + shown(value));
            }
            number = (long) parsed;
        } catch (NumberFormatException e) {
            throw new TaskInputException(field, "'" + shown(value) + "' is not a number");
        }
        if (number < min || number > max) {
            throw new TaskInputException(field, "must be between " + min + " and " + max + ", not " + number);
        }
        return (int) number;
    }

    /** An amount such as a cost in pounds or hours of learning: a number, or text holding one. */
    public BigDecimal requiredDecimal(String field, String what) {
        Object value = value(field);
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new TaskInputException(field, "is required");
        }
        if (value instanceof Number number && !(value instanceof Double d && !Double.isFinite(d))
                && !(value instanceof Float f && !Float.isFinite(f))) {
            return new BigDecimal(number.toString());
        }
        if (!(value instanceof String text)) {
            throw new TaskInputException(field, "must be " + what + ", not " + kindOf(value));
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new TaskInputException(field, "'" + shown(text) + "' is not " + what);
        }
    }

    public String requiredText(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw new TaskInputException(field, "is required");
        }
        return text;
    }

    /**
     * Text typed into the form. Only text is text: a number, a yes/no value or a list sent
     * through the API for a text field is a mistake, not something to store as its string form.
     */
    public String optionalText(String field) {
        Object value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String submitted)) {
            throw new TaskInputException(field, "must be text, not " + kindOf(value));
        }
        // checked before trimming: trim() would silently drop a leading or trailing NUL
        TextRules.problem(submitted).ifPresent(problem -> {
            throw new TaskInputException(field, problem);
        });
        String text = submitted.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new TaskInputException(field, "is " + text.length() + " characters long; at most " + MAX_TEXT + " are allowed");
        }
        return text;
    }

    /** A date within the window that makes sense for the field, e.g. a booking within the next two years. */
    public LocalDate requiredDate(String field, DateWindow window) {
        LocalDate date = optionalDate(field, window);
        if (date == null) {
            throw new TaskInputException(field, "is required");
        }
        return date;
    }

    public LocalDate optionalDate(String field, DateWindow window) {
        Object value = value(field);
        if (value == null || (value instanceof String blank && blank.isBlank())) {
            return null;
        }
        LocalDate date;
        if (value instanceof java.util.Date submitted) {
            date = LocalDate.ofInstant(submitted.toInstant(), java.time.ZoneId.of("Europe/London"));
        } else if (value instanceof String submitted) {
            String text = submitted.trim();
            // form-js sends "2026-11-25"; accept a full ISO timestamp too
            date = parseDay(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text)
                    .orElseThrow(() -> new TaskInputException(field, notADate(text)));
        } else {
            throw new TaskInputException(field, "must be a date, not " + kindOf(value));
        }
        window.problem(date).ifPresent(problem -> {
            throw new TaskInputException(field, problem);
        });
        return date;
    }

    /** A time of day as the forms send it, "10:30". */
    public LocalTime requiredTime(String field) {
        String text = requiredText(field);
        return parseTime(text).orElseThrow(() -> new TaskInputException(field,
                "'" + shown(text) + "' is not a time in the form HH:MM, e.g. 10:30"));
    }

    /**
     * A date written in one line of a multi-line field ("what | who | 2026-12-31"): a real
     * date within the window, or a refusal naming the field and the line.
     */
    public static LocalDate dateInLine(String field, String line, String text, DateWindow window) {
        LocalDate date = parseDay(text.strip()).orElseThrow(() -> new TaskInputException(field, line + notADate(text.strip())));
        window.problem(date).ifPresent(problem -> {
            throw new TaskInputException(field, line + problem);
        });
        return date;
    }

    /** A day in the form YYYY-MM-DD (forms, CSV files, configuration files), if it is one. */
    public static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A time of day in the form HH:MM, if it is one. */
    public static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The refusal of a text that is not a date, the same for every field and file; one in the
     * right form naming a day that does not exist (31 February) is not a real date.
     */
    public static String notADate(String text) {
        return "'" + shown(text) + (text.matches("\\d{4}-\\d{2}-\\d{2}") ? "' is not a real date"
                : "' is not a date in the form YYYY-MM-DD");
    }

    /** One of the form's options; a missing answer is refused, never taken as the first option. */
    public String requiredChoice(String field, String... allowed) {
        String value = optionalText(field);
        if (value == null) {
            throw new TaskInputException(field, "is required: choose one of " + String.join(", ", allowed));
        }
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new TaskInputException(field, "must be one of " + String.join(", ", allowed) + ", not '" + shown(value) + "'");
    }

    /** What kind of value arrived instead, in words for the person who sent it. */
    static String kindOf(Object value) {
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a yes/no value";
        }
        if (value instanceof java.util.Date) {
            return "a date";
        }
        if (value instanceof String) {
            return "text";
        }
        return "a list or structured value";
    }

    /** A submitted value repeated in a message: short, and without invisible characters. */
    public static String shown(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
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
        throw new TaskInputException(field, value == null ? "is required" : "must be true or false, not " + shown(value));
    }
}
