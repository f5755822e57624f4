package org.supervision.workspace;

import java.time.LocalDate;

/**
 * One task waiting for a person, as the workspace lists it: what it is, whom it is about,
 * when it is due and why it is theirs.
 *
 * @param aboutName the supervisee the task concerns (null when it concerns nobody in particular)
 * @param why       "Assigned to you" or "Offered to HR", in words
 */
public record WaitingTask(String taskId, String name, String process, String aboutId, String aboutName,
                          LocalDate dueOn, boolean overdue, String why) {

    private static final String SEPARATOR = " – ";

    /** The task's name with the person it is about: "Supervisor drafts agreement – Emily Clark". */
    public String title() {
        return aboutName == null || name.endsWith(SEPARATOR + aboutName) ? name : name + SEPARATOR + aboutName;
    }

    /**
     * The step alone, "Supervisor drafts agreement", for lists that name the person in a column
     * of their own (the engine adds the person's name to every task's name, for Tasklist).
     */
    public String step() {
        return aboutName != null && name.endsWith(SEPARATOR + aboutName)
                ? name.substring(0, name.length() - SEPARATOR.length() - aboutName.length()) : name;
    }
}
