package org.supervision.workspace;

import java.time.LocalDate;

/**
 * One supervisee as their supervisor or manager scans them: where the agreement stands,
 * when they were last supervised, what is due and what is wrong.
 *
 * @param lastHeldLate  the last session was held after its due date
 * @param overdueSince  the due date of the oldest session still not held after it fell due; null when none is
 * @param escalations   the stages of the open conflict cases about this supervisee, in words
 */
public record SuperviseeRow(String staffId, String name, String categoryAndTenure, String agreement,
                            LocalDate lastHeld, boolean lastHeldLate, LocalDate nextDue, LocalDate overdueSince,
                            int openDisputes, java.util.List<String> escalations, String appraisal, String learningPlan) {

    public boolean overdue() {
        return overdueSince != null;
    }
}
