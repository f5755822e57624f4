package org.supervision.staff;

/** One reason a CSV line was rejected. Line 1 is the header; line 0 stands for the file as a whole. */
public record ImportProblem(long line, String field, String message) {

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + (field == null ? "" : ", " + field) + ": " + message;
    }
}
