package org.supervision.staff;

/** One reason a CSV line was rejected. Line 1 is the header. */
public record ImportProblem(long line, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + (field == null ? "" : ", " + field) + ": " + message;
    }
}
