package org.supervision.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the supervisee page shows about one person, already in words: names rather
 * than login ids, statuses as sentences. Built by {@link SuperviseeFiles}.
 */
public record SuperviseeFile(String name, String categoryAndTenure, Agreement inForce, List<Agreement> earlier,
                             String agreementNote, List<Session> sessions, String learningPlan,
                             List<PlanItem> planItems, List<Cpd> cpd) {

    /** One version of the supervision agreement. {@code arrangements}: other supervision, one sentence each. */
    public record Agreement(Integer version, String status, String frequency, Integer durationMinutes,
                            String belowMinimumReason, String groundRules, String recordingArrangements,
                            String conflictHandling, String therapyDistinction, LocalDate equalityDiscussedOn,
                            LocalDate firstSessionOn, List<String> arrangements, Signature supervisor,
                            Signature supervisee, Instant inForceFrom) {
    }

    public record Signature(String name, Instant at) {
    }

    /**
     * One planned session. {@code overdue}: still not held after its due day, which needs doing
     * now; a session held late says so in its status instead, and one held on its due day and
     * recorded later is neither.
     */
    public record Session(String title, LocalDate dueOn, String status, boolean overdue, Instant startsAt, String place,
                          LocalDate heldOn, String heldWith, List<String> postponements, List<RecordVersion> records) {
    }

    /** One version of a session record, with who signed it and what each party said of it. */
    public record RecordVersion(int version, String status, String recordedBy, Instant recordedAt,
                                String correctionReason, String carriedForward, List<Part> parts,
                                Instant superviseeConfirmedAt, String superviseeStatement, Instant superviseeStatementAt,
                                String supervisorStatement, Instant supervisorStatementAt, List<Action> actions) {
    }

    /** A heading of the record and what was written under it. */
    public record Part(String heading, String text) {
    }

    public record Action(String description, String owner, LocalDate dueOn) {
    }

    public record PlanItem(String need, String plannedActivity, LocalDate byWhen, String status) {
    }

    public record Cpd(LocalDate on, String activity, String category, BigDecimal hours) {
    }
}
