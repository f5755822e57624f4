package org.supervision.handover;

/**
 * A hand-over refused: 403 for a manager who may not hand this task on, 404 for a task
 * that is not open, 400 for an answer at fault, whose field ({@code to}, {@code reason}) it names.
 */
public class HandoverRefused extends RuntimeException {

    public enum Kind { NOT_ALLOWED, NO_TASK, BAD_INPUT }

    private final Kind kind;
    private final String field;

    HandoverRefused(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    static HandoverRefused notAllowed(String message) {
        return new HandoverRefused(Kind.NOT_ALLOWED, null, message);
    }

    static HandoverRefused noTask() {
        return new HandoverRefused(Kind.NO_TASK, null, "There is no open task with this id");
    }

    static HandoverRefused input(String field, String message) {
        return new HandoverRefused(Kind.BAD_INPUT, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault, for {@link Kind#BAD_INPUT}. */
    public String field() {
        return field;
    }
}
