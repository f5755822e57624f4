package org.supervision.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the compliance figures are computed from, per person, read in bulk for a period: dates
 * and states only, never what a record, reason or form says.
 */
record Facts(Map<String, List<Session>> sessions,
             Map<String, List<Postponement>> postponements,
             Map<String, List<Observation>> observations,
             Map<String, LocalDate> lastSigned,
             Map<String, List<Held>> held,
             Map<String, Integer> openDisputes,
             Map<String, List<Plan>> workPlans,
             Map<String, List<Plan>> learningPlans,
             Map<String, List<Appraisal>> appraisals,
             Map<String, List<Review>> learningReviews,
             Map<String, Long> groupCaseworkRelied,
             Map<String, List<GroupMark>> groupMarks) {

    /** A 1:1 session: due, held (or not), and whether it ended unheld because the person left. */
    record Session(LocalDate dueOn, LocalDate heldOn, boolean ended) {
    }

    record Postponement(LocalDate recordedOn, boolean bySupervisee) {
    }

    record Observation(LocalDate plannedBy, LocalDate heldOn, boolean done) {
    }

    /** A session held in the period, and the day its record was confirmed by both, if it was. */
    record Held(LocalDate heldOn, LocalDate confirmedOn) {
    }

    /** A work plan or learning and development plan: due, and agreed (or not yet). */
    record Plan(LocalDate dueOn, LocalDate agreedOn) {
    }

    /**
     * A mid-year or end-of-year appraisal: due by the end of its month in the Supervision Policy
     * ({@link PolicyDueDates}), completed (signed by both and moderated) or not, and whether it
     * ended unfinished because the person left.
     */
    record Appraisal(LocalDate dueOn, LocalDate completedOn, boolean ended) {
    }

    /** An annual review of the learning and development plan: due by the end of April, held or not. */
    record Review(LocalDate dueOn, LocalDate heldOn) {
    }

    /**
     * A recorded group session the person was marked on (attended or not): the group records a
     * mark for each member at the time, so a mark means they were a member when it was held.
     */
    record GroupMark(long groupId, LocalDate heldOn, boolean attended) {
    }

    static <T> List<T> of(Map<String, List<T>> byPerson, String staffId) {
        return byPerson.getOrDefault(staffId, List.of());
    }
}
