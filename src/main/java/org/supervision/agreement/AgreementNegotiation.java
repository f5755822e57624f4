package org.supervision.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.supervision.engine.AsSystem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.supervision.agreement.FrequencyPolicy.Circumstances;
import org.supervision.mail.TaskMail;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.staff.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkingDayCalendar;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supervision.group.GroupCasework;

/**
 * Process glue of {@code supervision-agreement}: every BPMN expression of that process
 * calls one of these methods. The agreement's content lives in {@link SupervisionAgreement};
 * the process keeps only its id and the decisions that steer the flow.
 */
@Component("agreementNegotiation")
public class AgreementNegotiation {

    static final String AGREEMENT_ID = "agreementId";
    static final String AGREEMENT_SUPERSEDED = "agreementSuperseded";
    static final String NEGOTIATION_DEADLOCKED = "negotiationDeadlocked";
    static final List<String> DRAFT_FIELDS = List.of("reviewReasonShown", "minimumIntervalDays", "complexOrHighRisk",
            "groupCaseworkSupervision", "groupCaseworkGroup", "changeRequest", "frequencyDays",
            "durationMinutes", "belowMinimumReason", "groundRules", "recordingArrangements", "conflictHandling",
            "therapyDistinction", "equalityDiscussedOn", "firstSessionOn");
    /** Supervision besides management supervision that the agreement sets out. */
    static final List<SupervisionType> ADDITIONAL_TYPES = List.of(SupervisionType.PROFESSIONAL,
            SupervisionType.CLINICAL, SupervisionType.PEER);

    /** The boundary timer of the negotiation in supervision-agreement.bpmn. */
    static final String NEGOTIATION_TIMER = "negotiationTimedOut";

    private final SupervisionAgreementRepository agreements;
    private final StaffMemberRepository staff;
    private final Routing routing;
    private final FrequencyPolicy frequencies;
    private final SupervisionClock clock;
    private final int maxRounds;
    private final WorkingDayCalendar workingDays;
    private final int negotiationWorkingDays;
    private final Period reviewAfter;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final TaskMail mail;
    private final int followUpWorkingDays;
    private final ApplicationEventPublisher events;
    private final GroupCasework groupCasework;

    AgreementNegotiation(SupervisionAgreementRepository agreements, StaffMemberRepository staff, Routing routing,
                         FrequencyPolicy frequencies, SupervisionClock clock,
                         WorkingDayCalendar workingDays, RuntimeService runtime, ManagementService management,
                         IdentityService identity, TaskMail mail, ApplicationEventPublisher events,
                         GroupCasework groupCasework,
                         @Value("${supervision.agreement.max-negotiation-rounds:3}") int maxRounds,
                         @Value("${supervision.agreement.negotiation-working-days:20}") int negotiationWorkingDays,
                         @Value("${supervision.agreement.review-after:P12M}") Period reviewAfter,
                         @Value("${supervision.agreement.follow-up-working-days:5}") int followUpWorkingDays) {
        this.mail = mail;
        this.events = events;
        this.groupCasework = groupCasework;
        this.followUpWorkingDays = followUpWorkingDays;
        this.agreements = agreements;
        this.staff = staff;
        this.routing = routing;
        this.frequencies = frequencies;
        this.clock = clock;
        this.maxRounds = maxRounds;
        this.workingDays = workingDays;
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
        this.negotiationWorkingDays = negotiationWorkingDays;
        this.reviewAfter = reviewAfter;
    }

    public int maxRounds() {
        return maxRounds;
    }

    /** Negotiation is bounded in time as well as in rounds. */
    public Date negotiationDeadline() {
        return workingDays.deadline(negotiationWorkingDays);
    }

    /**
     * Tasklist's due date for drafting and reviewing: the end of the negotiation, when its
     * timer sends an overdue draft to the supervisor's line manager and a draft the parties
     * have not agreed to a three-way discussion (read from that timer, so both agree). Read as the product: the person whose completion opened the step may not see
     * the process's jobs.
     */
    public Date negotiationDue(DelegateExecution execution) {
        return AsSystem.call(identity, () -> {
            Job timer = management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                    .activityId(NEGOTIATION_TIMER).timers().singleResult();
            return timer == null ? null : timer.getDuedate();
        });
    }

    /**
     * Whether the negotiation's deadline finds a draft: then the parties did not agree in
     * time; without one the supervisor has not started, which is for their line manager.
     */
    public boolean drafted(Number agreementId) {
        return agreements.findById(agreementId.longValue()).orElseThrow().isDrafted();
    }

    /** The line manager's follow-up of an overdue draft is due a few working days on. */
    public Date followUpDue() {
        return workingDays.deadline(followUpWorkingDays);
    }

    /**
     * Create listener of the line manager's follow-up: whose agreement, with whom, due when
     * (task-local, shown in the form), and an e-mail to say it is waiting.
     */
    public void showOverdueDraft(DelegateTask task) {
        SupervisionAgreement agreement = agreementOf(task);
        task.setVariableLocal("superviseeName", fullName(agreement.getStaffId()));
        task.setVariableLocal("supervisorName", fullName(agreement.getSupervisorId()));
        task.setVariableLocal("draftDueOn", DateWindow.uk(clock.today()));
        mail.escalate(task.getAssignee(), task.getId(), task.getName());
    }

    /** Complete listener of the follow-up: the line manager says they spoke to the supervisor. */
    public void recordFollowUp(DelegateTask task) {
        FormInput form = FormInput.of(task);
        if (!form.requiredBoolean("supervisorContacted")) {
            throw new TaskInputException("supervisorContacted",
                    "tick the box once you have spoken to the supervisor, or leave the task open");
        }
        form.discard("supervisorContacted", "superviseeName", "supervisorName", "draftDueOn");
    }

    private String fullName(String staffId) {
        return staff.findById(staffId).map(StaffMember::getFullName).orElse(staffId);
    }

    /** The agreement is reviewed annually. */
    public Date annualReviewAt(Number agreementId) {
        SupervisionAgreement agreement = agreements.findById(agreementId.longValue()).orElseThrow();
        return Date.from(agreement.getSignedAt().atZone(clock.zone()).plus(reviewAfter).toInstant());
    }

    /** Opens a draft with the policy minimum for this member's category and tenure. */
    public void open(DelegateExecution execution) {
        String staffId = (String) execution.getVariable("staffId");
        StaffMember member = staff.findById(staffId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown staff member '" + staffId + "'"));
        LocalDate today = clock.today();
        Integer minimum = frequencies.maximumIntervalDays(member, SupervisionType.MANAGEMENT, today, Circumstances.NONE).orElse(null);
        Integer proposed = frequencies.proposedIntervalDays(member, SupervisionType.MANAGEMENT, today, Circumstances.NONE).orElse(null);
        int observations = frequencies.directObservationsPerYear(member);
        SupervisionAgreement agreement = new SupervisionAgreement(staffId, routing.supervisorOf(staffId),
                execution.getProcessInstanceId(), minimum, proposed, observations);
        Object reason = execution.getVariable("reviewReason");
        SupervisionAgreement inForce = agreements.findByStaffIdAndStatus(staffId, AgreementStatus.SIGNED).orElse(null);
        agreement.startFrom(inForce, reason == null ? ReviewReason.JOINED : ReviewReason.valueOf(reason.toString()),
                type -> frequencies.intervalToNextSession(member, inForce, type, today).orElse(null));
        agreements.save(agreement);
        execution.setVariable(AGREEMENT_ID, agreement.getId());
        execution.setVariable("threeWayMeetingNeeded", routing.hasSupervisor(staffId, "PROFESSIONAL")
                || routing.hasSupervisor(staffId, "CLINICAL") || routing.hasSupervisor(staffId, "PEER"));
        execution.setVariable("negotiationRound", 0);
    }

    /**
     * Shows the current draft in the task's form. The values are task-local, so what the
     * user submits stays on the task and disappears with it: the record is the table.
     */
    public void showDraft(DelegateTask task) {
        SupervisionAgreement agreement = agreementOf(task);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("reviewReasonShown", agreement.getReviewReason().inWords());
        shown.put("minimumIntervalDays", agreement.getMinimumIntervalDays());
        shown.put("complexOrHighRisk", agreement.isComplexOrHighRisk());
        shown.put("groupCaseworkSupervision", agreement.isGroupCaseworkSupervision());
        shown.put("groupCaseworkGroup", groupCasework.weeklyGroupOf(agreement.getStaffId())
                .map(group -> group.getName() + ", facilitated by " + staff.findById(group.getFacilitatorId())
                        .map(StaffMember::getFullName).orElse(group.getFacilitatorId()))
                .orElse("Not a member of a weekly group casework group set up in the product"));
        shown.put("changeRequest", agreement.getChangeRequest());
        shown.put("frequencyDays", agreement.getFrequencyDays());
        shown.put("durationMinutes", agreement.getDurationMinutes());
        shown.put("belowMinimumReason", agreement.getBelowMinimumReason());
        shown.put("groundRules", agreement.getGroundRules());
        shown.put("recordingArrangements", agreement.getRecordingArrangements());
        shown.put("conflictHandling", agreement.getConflictHandling());
        shown.put("therapyDistinction", agreement.getTherapyDistinction());
        shown.put("equalityDiscussedOn", text(agreement.getEqualityDiscussedOn()));
        shown.put("firstSessionOn", text(agreement.getFirstSessionOn()));
        StaffMember member = staff.findById(agreement.getStaffId()).orElseThrow();
        for (SupervisionType type : ADDITIONAL_TYPES) {
            String prefix = type.name().toLowerCase();
            boolean provided = routing.hasSupervisor(agreement.getStaffId(), type.name());
            Optional<SupervisionArrangement> agreed = agreement.arrangementFor(type);
            // a yes/no the form can test reliably; an absent name does not hide a section in Camunda Forms
            shown.put(prefix + "Provided", provided);
            shown.put(prefix + "Supervisor", provided
                    ? staff.findById(routing.supervisorOf(agreement.getStaffId(), type.name())).orElseThrow().getFullName()
                    : null);
            shown.put(prefix + "MinimumIntervalDays", provided ? policyInterval(member, type, agreement) : null);
            shown.put(prefix + "IntervalDays", agreed.map(SupervisionArrangement::getIntervalDays)
                    .orElse(provided ? policyInterval(member, type, agreement) : null));
            shown.put(prefix + "DurationMinutes", agreed.map(SupervisionArrangement::getDurationMinutes).orElse(null));
        }
        task.setVariablesLocal(shown);
    }

    /** The supervisee's review of a draft: the answer to an earlier round's draft does not count for this one. */
    public void showReview(DelegateTask task) {
        FormInput.forgetEarlierAnswers(task, "superviseeAccepts");
        showDraft(task);
    }

    public void recordDraft(DelegateTask task) {
        SupervisionAgreement agreement = agreementOf(task);
        FormInput form = FormInput.of(task);
        Circumstances circumstances = new Circumstances(form.optionalBoolean("complexOrHighRisk"),
                form.optionalBoolean("groupCaseworkSupervision"));
        StaffMember member = staff.findById(agreement.getStaffId()).orElseThrow();
        agreement.applyPolicy(circumstances, frequencies.maximumIntervalDays(member, SupervisionType.MANAGEMENT,
                clock.today(), circumstances).orElse(null));
        // the agreement names the weekly group casework the supervisee attends, where it is set up here
        agreement.attendsGroupCasework(groupCasework.weeklyGroupOf(member.getId()).map(g -> g.getId()).orElse(null));
        int frequencyDays = form.requiredInt("frequencyDays", 1, 92);
        String belowMinimumReason = form.optionalText("belowMinimumReason");
        if (agreement.isBelowMinimum(frequencyDays) && belowMinimumReason == null) {
            throw new TaskInputException("belowMinimumReason", "sessions every " + frequencyDays
                    + " days are less frequent than the policy minimum of every " + agreement.getMinimumIntervalDays()
                    + " days: give the reason agreed with the supervisee");
        }
        LocalDate firstSession = form.requiredDate("firstSessionOn", DateWindow.ahead(clock.today()));
        // a starter's agreement may be negotiated before their first day; their sessions may not
        if (firstSession.isBefore(member.getStartDate())) {
            throw new TaskInputException("firstSessionOn", DateWindow.uk(firstSession) + " is before "
                    + member.getFullName() + " starts: give a date from their start date ("
                    + DateWindow.uk(member.getStartDate()) + ")");
        }
        agreement.recordDraft(new AgreementDraft(frequencyDays, form.requiredInt("durationMinutes", 30, 180),
                belowMinimumReason, form.requiredText("groundRules"), form.requiredText("recordingArrangements"),
                form.requiredText("conflictHandling"), form.requiredText("therapyDistinction"),
                form.requiredDate("equalityDiscussedOn", DateWindow.behind(clock.today())), firstSession));
        recordArrangements(agreement, member, form, belowMinimumReason);
        form.discard(DRAFT_FIELDS.toArray(String[]::new));
        for (SupervisionType type : ADDITIONAL_TYPES) {
            String prefix = type.name().toLowerCase();
            form.discard(prefix + "Provided", prefix + "Supervisor", prefix + "MinimumIntervalDays", prefix + "IntervalDays",
                    prefix + "DurationMinutes");
        }
    }

    /**
     * One arrangement per supervision type the directory lists a supervisor for. Where the
     * policy sets no minimum for a type (peer supervision after six months), an empty
     * frequency means "on request".
     */
    private void recordArrangements(SupervisionAgreement agreement, StaffMember member, FormInput form,
                                    String belowMinimumReason) {
        String staffId = agreement.getStaffId();
        List<SupervisionType> provided = ADDITIONAL_TYPES.stream()
                .filter(type -> routing.hasSupervisor(staffId, type.name())).toList();
        agreement.keepArrangementsFor(provided);
        for (SupervisionType type : provided) {
            String field = type.name().toLowerCase() + "IntervalDays";
            Integer policy = policyInterval(member, type, agreement);
            Integer interval = policy == null ? form.optionalInt(field, 1, 92) : Integer.valueOf(form.requiredInt(field, 1, 92));
            if (policy != null && interval > policy && belowMinimumReason == null) {
                throw new TaskInputException("belowMinimumReason", type.name().toLowerCase() + " supervision every "
                        + interval + " days is less frequent than the policy minimum of every " + policy
                        + " days: give the reason agreed with the supervisee");
            }
            agreement.arrange(type, routing.supervisorOf(staffId, type.name()), interval, policy,
                    form.requiredInt(type.name().toLowerCase() + "DurationMinutes", 30, 180));
        }
    }

    private Integer policyInterval(StaffMember member, SupervisionType type, SupervisionAgreement agreement) {
        return frequencies.maximumIntervalDays(member, type, clock.today(), agreement.circumstances()).orElse(null);
    }

    public void recordReview(DelegateTask task) {
        FormInput form = FormInput.of(task);
        boolean accepted = form.requiredBoolean("superviseeAccepts");
        String changes = form.optionalText("changeRequest");
        if (!accepted && changes == null) {
            throw new TaskInputException("changeRequest", "say which changes you propose, or accept the agreement");
        }
        agreementOf(task).recordReview(accepted, changes);
        form.discard("changeRequest");
        task.setVariable("negotiationRound", ((Number) task.getVariable("negotiationRound")).intValue() + 1);
    }

    public void recordThreeWayMeeting(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate heldOn = form.requiredDate("threeWayMeetingHeldOn", DateWindow.behind(clock.today()));
        agreementOf(task).recordThreeWayMeeting(heldOn, form.requiredText("threeWayMeetingNotes"));
        form.discard("threeWayMeetingHeldOn", "threeWayMeetingNotes");
    }

    /** The completion of the signing task is the signature: by its assignee, at the engine's time. */
    public void sign(DelegateTask task, String party) {
        FormInput form = FormInput.of(task);
        if (!form.requiredBoolean("signatureConfirmed")) {
            throw new TaskInputException("signatureConfirmed", "tick the box to sign, or leave the task open");
        }
        SupervisionAgreement agreement = agreementOf(task);
        if ("SUPERVISOR".equals(party)) {
            agreement.signBySupervisor(task.getAssignee(), clock.now());
        } else {
            agreement.signBySupervisee(task.getAssignee(), clock.now());
        }
        form.discard("signatureConfirmed");
    }

    public void storeSignedVersion(DelegateExecution execution) {
        SupervisionAgreement agreement = agreementOf(execution);
        agreements.findByStaffIdAndStatus(agreement.getStaffId(), AgreementStatus.SIGNED).ifPresent(previous -> {
            previous.supersede();
            // the previous version's process stops waiting for its annual review
            runtime.createMessageCorrelation(AGREEMENT_SUPERSEDED)
                    .processInstanceId(previous.getProcessInstanceId()).correlateAll();
        });
        int version = (int) agreements.countByStaffIdAndAgreementVersionNotNull(agreement.getStaffId()) + 1;
        agreements.flush(); // the superseded row must be written before the new version's unique key
        agreement.putInForce(version, clock.now());
        events.publishEvent(new AgreementSigned(agreement.getStaffId(), agreement.getId(), clock.today(),
                agreement.getDirectObservationsPerYear()));
    }

    /** The supervisee left; a message before the draft was opened finds no agreement yet. */
    public void endOnLeaving(DelegateExecution execution) {
        Object id = execution.getVariable(AGREEMENT_ID);
        if (id != null) {
            agreements.findById(((Number) id).longValue()).orElseThrow().end();
        }
    }

    /**
     * The parties could not agree: the agreement is marked escalated and the conflict
     * process takes over (it listens for this message; the agreement does not depend on it).
     */
    public void referDeadlock(DelegateExecution execution) {
        SupervisionAgreement agreement = agreementOf(execution);
        agreement.escalate("Referred to conflict escalation");
        runtime.createMessageCorrelation(NEGOTIATION_DEADLOCKED)
                .processInstanceBusinessKey(agreement.getStaffId())
                .setVariable("superviseeId", agreement.getStaffId())
                .setVariable(AGREEMENT_ID, agreement.getId())
                .correlateStartMessage();
    }

    private SupervisionAgreement agreementOf(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Long id = ((Number) scope.getVariable(AGREEMENT_ID)).longValue();
        return agreements.findById(id).orElseThrow(() -> new IllegalStateException("No agreement " + id));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
