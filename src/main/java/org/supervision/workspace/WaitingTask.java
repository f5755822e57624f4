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

    /** The task's name with the person it is about: "Supervisor drafts agreement – Emily Clark". */
    public String title() {
        return aboutName == null || name.contains(aboutName) ? name : name + " – " + aboutName;
    }
}
