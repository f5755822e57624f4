package org.supervision.reminder;

import java.time.LocalDate;

/**
 * One overdue thing in a manager's digest, in words: what (a task's or a session's plain name),
 * about whom, who has to act and since when. Never anything a record says.
 */
record OverdueItem(String subjectId, String holderId, String what, LocalDate dueOn) {
}
