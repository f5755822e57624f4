package org.supervision.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.supervision.agreement.SupervisionAgreement;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.audit.RecordAccessDeniedException;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.observation.DirectObservationRepository;
import org.supervision.engine.AsSystem;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.shared.StaffNames;
import org.supervision.shared.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person needs in front of them before they act, shown above the form: the whole
 * agreement they are signing; for a session's tasks what {@link SessionTaskContext} and
 * {@link SessionHistoryContext} show. Read from the records themselves (not from the task's
 * copies of a few fields), through the record-access policy, which logs the read; a person the
 * policy refuses sees a sentence instead.
 */
@Component
class TaskContext {

    /**
     * @param replacesReadOnlyFields the record shown here includes every read-only field of the
     *                               form, so the page leaves those out rather than say them twice
     * @param parts                  further groups of facts under headings of their own (a dispute's statements)
     */
    record View(String heading, List<FormItem.Fact> facts, String note, boolean replacesReadOnlyFields, List<Part> parts) {

        View(String heading, List<FormItem.Fact> facts, String note, boolean replacesReadOnlyFields) {
            this(heading, facts, note, replacesReadOnlyFields, List.of());
        }
    }

    /** A group of facts under its own heading. */
    record Part(String heading, List<FormItem.Fact> facts) {
    }

    private final TaskService tasks;
    private final IdentityService identity;
    private final SupervisionAgreementRepository agreements;
    private final SupervisionSessionRepository sessions;
    private final SessionTaskContext sessionTasks;
    private final SessionHistoryContext sessionHistory;
    private final StaffNames names;
    private final RecordAccessPolicy access;
    private final UkDates dates;
    private final AppraisalFollowUpContext appraisalFollowUps;
    private final DirectObservationRepository observations;
    private final ObservationTaskContext observationTasks;

    TaskContext(TaskService tasks, IdentityService identity, SupervisionAgreementRepository agreements,
                SupervisionSessionRepository sessions, SessionTaskContext sessionTasks, SessionHistoryContext sessionHistory,
                StaffNames names, RecordAccessPolicy access, UkDates dates, AppraisalFollowUpContext appraisalFollowUps,
                DirectObservationRepository observations, ObservationTaskContext observationTasks) {
        this.tasks = tasks;
        this.identity = identity;
        this.agreements = agreements;
        this.sessions = sessions;
        this.sessionTasks = sessionTasks;
        this.sessionHistory = sessionHistory;
        this.names = names;
        this.access = access;
        this.dates = dates;
        this.appraisalFollowUps = appraisalFollowUps;
        this.observations = observations;
        this.observationTasks = observationTasks;
    }

    /** @param formId the Camunda Form's id: the context depends on what the person is asked to do */
    @Transactional
    public Optional<View> of(String userId, String formId, String taskId) {
        try {
            return switch (formId == null ? "" : formId) {
                case "sign-agreement" -> idOf(taskId, "agreementId").flatMap(agreements::findById)
                        .map(agreement -> agreement(userId, agreement));
                case "review-session-record", "answer-record-dispute", "book-session", "record-session" ->
                        idOf(taskId, "sessionId").flatMap(sessions::findById)
                                .flatMap(session -> sessionTasks.of(userId, formId, session));
                case "follow-up-session" -> idOf(taskId, "sessionId").flatMap(sessions::findById)
                        .map(session -> sessionHistory.of(userId, session));
                case "appraisal-follow-up" -> appraisalFollowUps.of(taskId, this::name);
                case "reflect-on-observation" -> idOf(taskId, "observationId").flatMap(observations::findById)
                        .map(observation -> observationTasks.recorded(userId, observation, this::name));
                case "follow-up-observation" -> idOf(taskId, "observationId").flatMap(observations::findById)
                        .map(observation -> observationTasks.overdue(observation, this::name));
                case "record-observation" -> idOf(taskId, "observationId").flatMap(observations::findById)
                        .map(observation -> observationTasks.booked(observation, this::name));
                case "sign-observation-feedback", "sign-observation-worker" -> idOf(taskId, "observationId")
                        .flatMap(observations::findById)
                        .map(observation -> observationTasks.toSign(userId, observation, this::name));
                default -> Optional.empty();
            };
        } catch (RecordAccessDeniedException refused) {
            return Optional.of(new View("The record", List.of(),
                    "You cannot read this record: only the supervisee, their supervisors and their line managers can.", false));
        }
    }

    private View agreement(String userId, SupervisionAgreement agreement) {
        access.check(userId, agreement.getStaffId(), "agreement " + agreement.getId());
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Supervisee", name(agreement.getStaffId())));
        facts.add(fact("Supervisor", name(agreement.getSupervisorId())));
        facts.add(fact("1:1 sessions", every(agreement.getFrequencyDays())));
        facts.add(fact("Session length", agreement.getDurationMinutes() == null ? null : agreement.getDurationMinutes() + " minutes"));
        agreement.getArrangements().forEach(arrangement -> facts.add(fact(
                capitalised(arrangement.getType().name()) + " supervision with " + name(arrangement.getProviderId()),
                (arrangement.getIntervalDays() == null ? "On request" : every(arrangement.getIntervalDays()))
                        + ", " + arrangement.getDurationMinutes() + " minutes")));
        if (agreement.getBelowMinimumReason() != null) {
            facts.add(fact("Reason for a lower frequency than the policy minimum", agreement.getBelowMinimumReason(), true));
        }
        facts.add(fact("Ground rules", agreement.getGroundRules(), true));
        facts.add(fact("Recording arrangements", agreement.getRecordingArrangements(), true));
        facts.add(fact("Working through disagreement", agreement.getConflictHandling(), true));
        facts.add(fact("Supervision is not therapy", agreement.getTherapyDistinction(), true));
        facts.add(fact("Equality, diversity and power discussed on", dates.day(agreement.getEqualityDiscussedOn())));
        facts.add(fact("First session booked for", dates.day(agreement.getFirstSessionOn())));
        if (agreement.getThreeWayMeetingHeldOn() != null) {
            facts.add(fact("Three-way meeting held on", dates.day(agreement.getThreeWayMeetingHeldOn())));
        }
        if (agreement.getSupervisorSignedBy() != null) {
            facts.add(fact("Signed by the supervisor", name(agreement.getSupervisorSignedBy()) + " on "
                    + dates.dateTime(agreement.getSupervisorSignedAt())));
        }
        return new View("The agreement you are signing", facts, null, true);
    }

    /** The record's id as the task sees it: a session cycle keeps it in a subprocess, not on the process. */
    private Optional<Long> idOf(String taskId, String variable) {
        Object id = AsSystem.call(identity, () -> tasks.getVariable(taskId, variable));
        return id instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }

    private String name(String userId) {
        return userId == null ? null : names.nameOf(userId).orElse(userId);
    }

    private static String every(Integer days) {
        return days == null ? null : "Every " + days + " days";
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    static FormItem.Fact fact(String label, String value) {
        return fact(label, value, false);
    }

    static FormItem.Fact fact(String label, String value, boolean multiline) {
        return fact(label, value, multiline, null);
    }

    /** @param hint who said it and when, under the text */
    static FormItem.Fact fact(String label, String value, boolean multiline, String hint) {
        return new FormItem.Fact(label, value == null || value.isBlank() ? "None given" : value, multiline, hint);
    }
}
