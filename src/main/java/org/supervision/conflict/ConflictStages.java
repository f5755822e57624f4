package org.supervision.conflict;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.supervision.conflict.ConflictStatement.Party;
import org.supervision.shared.ConflictingChangeException;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.staff.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code conflict-escalation}: moves a case through its stages, keeps each
 * stage's record and the parties' statements, and gives each stage its deadline in
 * working days. The case's content lives in the {@code conflict_*} tables; the process
 * keeps the case id, the stage and the decisions that steer it.
 */
@Component("conflictStages")
public class ConflictStages {

    static final String WORKING_DAYS_OPEN = "workingDaysOpen";
    /**
     * The process variables that Tasklist's filters show, copied to each task: a filter shows
     * only the variables its user may read, and the people a task is offered to (HR) may
     * read the task's variables, never the process's, which would open every case to them
     * from its first stage.
     */
    static final List<String> SHOWN_IN_FILTERS = List.of("stage", "stageDeadline", WORKING_DAYS_OPEN);

    private final ConflictCaseRepository cases;
    private final ConflictStageRepository stages;
    private final ConflictStatementRepository statements;
    private final CaseSummary summary;
    private final AgreementReviews agreementReviews;
    private final Routing routing;
    private final WorkingDayCalendar workingDays;
    private final SupervisionClock clock;
    private final MeetingInvitations invitations;
    private final Map<Integer, Integer> workingDaysPerStage;

    ConflictStages(ConflictCaseRepository cases, ConflictStageRepository stages, ConflictStatementRepository statements,
                   CaseSummary summary, AgreementReviews agreementReviews, Routing routing,
                   WorkingDayCalendar workingDays, SupervisionClock clock, MeetingInvitations invitations,
                   @Value("${supervision.conflict.supervisor-response-working-days:10}") int supervisorDays,
                   @Value("${supervision.conflict.three-way-working-days:15}") int threeWayDays,
                   @Value("${supervision.conflict.hr-working-days:10}") int hrDays) {
        this.cases = cases;
        this.stages = stages;
        this.statements = statements;
        this.summary = summary;
        this.agreementReviews = agreementReviews;
        this.routing = routing;
        this.workingDays = workingDays;
        this.clock = clock;
        this.invitations = invitations;
        this.workingDaysPerStage = Map.of(ConflictCase.SUPERVISOR_STAGE, supervisorDays,
                ConflictCase.THREE_WAY_STAGE, threeWayDays, ConflictCase.HR_STAGE, hrDays);
    }

    /**
     * Starts a stage. A previous stage still running ended because its deadline passed:
     * every other way out of a stage ends it where it happens.
     */
    public void enter(DelegateExecution execution, int stage) {
        ConflictCase conflictCase = caseOf(execution);
        stages.findByCaseIdAndStage(conflictCase.getId(), conflictCase.getStage())
                .filter(ConflictStage::isRunning)
                .ifPresent(previous -> previous.end(StageEnd.DEADLINE_PASSED, clock.now()));
        String lineManager = stage == ConflictCase.THREE_WAY_STAGE
                ? routing.lineManagerOf(conflictCase.getSupervisorId()) : null;
        conflictCase.enter(stage, lineManager, clock.now());
        LocalDate deadline = workingDays.plusWorkingDays(clock.today(), workingDaysPerStage.get(stage));
        stages.save(new ConflictStage(conflictCase.getId(), stage, clock.now(), deadline));
        execution.setVariable("stage", stage);
        execution.setVariable("stageDeadline", deadline.toString());
        countWorkingDaysOpen(execution);
    }

    /**
     * Nightly: the working days the case has been open, on the process and on its open tasks
     * (see {@link #SHOWN_IN_FILTERS}). Runs as the engine's job, which may update any task.
     */
    public void refreshAge(DelegateExecution execution) {
        int days = countWorkingDaysOpen(execution);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()
                .forEach(task -> tasks.setVariableLocal(task.getId(), WORKING_DAYS_OPEN, days));
    }

    private int countWorkingDaysOpen(DelegateExecution execution) {
        ConflictCase conflictCase = caseOf(execution);
        LocalDate raisedOn = LocalDate.ofInstant(conflictCase.getRaisedAt(), clock.zone());
        int days = workingDays.workingDaysBetween(raisedOn, clock.today());
        execution.setVariable(WORKING_DAYS_OPEN, days);
        return days;
    }

    /** The stage's deadline is over at the end of its last working day. */
    public Date deadline(Number caseId) {
        return clock.endOf(currentStage(caseId.longValue()).getDeadline());
    }

    public String supervisorOf(Number caseId) {
        return cases.findById(caseId.longValue()).orElseThrow().getSupervisorId();
    }

    public String superviseeOf(Number caseId) {
        return cases.findById(caseId.longValue()).orElseThrow().getSuperviseeId();
    }

    public String lineManagerOf(Number caseId) {
        return cases.findById(caseId.longValue()).orElseThrow().getLineManagerId();
    }

    /**
     * Everything the person working on the task needs to see, task-local so it leaves with the
     * task; with the stage, its deadline and the working days open (ids and numbers only),
     * which HR's Tasklist filter shows as columns.
     */
    public void showCase(DelegateTask task) {
        Map<String, Object> shown = new HashMap<>(summary.of(caseOf(task)));
        for (String name : SHOWN_IN_FILTERS) {
            shown.put(name, task.getExecution().getVariable(name));
        }
        task.setVariablesLocal(shown);
    }

    public void recordSupervisorResponse(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate heldOn = pastDate(form, "meetingHeldOn");
        String response = form.requiredText("response");
        String proposed = form.requiredText("proposedResolution");
        boolean reviewAgreement = form.optionalBoolean("reviewAgreement");
        boolean refer = form.optionalDecision("referToThreeWay");
        ConflictCase conflictCase = caseOf(task);
        if (conflictCase.getStage() != ConflictCase.SUPERVISOR_STAGE) {
            throw new ConflictingChangeException("Conflict case " + conflictCase.getId() + " moved to stage "
                    + conflictCase.getStage() + " while you answered; reload your task list");
        }
        ConflictStage stage = currentStage(conflictCase.getId());
        stage.record(heldOn, response, proposed, task.getAssignee(), clock.now());
        if (refer) {
            stage.end(StageEnd.REFERRED, clock.now());
        }
        if (reviewAgreement) {
            agreementReviews.request(conflictCase);
        }
        form.discard("meetingHeldOn", "response", "proposedResolution", "reviewAgreement");
    }

    public void recordMeetingBooking(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate date = form.requiredDate("meetingDate", DateWindow.ahead(clock.today()));
        LocalTime time = form.requiredTime("meetingTime");
        ConflictCase conflictCase = caseOf(task);
        ConflictStage stage = currentStage(conflictCase.getId());
        stage.bookMeeting(date.atTime(time).atZone(clock.zone()).toInstant(), form.requiredText("meetingPlace"));
        invitations.booked(conflictCase, stage, task.getAssignee());
        form.discard("meetingDate", "meetingTime", "meetingPlace");
    }

    public void recordThreeWayOutcome(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate heldOn = pastDate(form, "meetingHeldOn");
        if (heldOn == null) {
            throw new TaskInputException("meetingHeldOn", "is required");
        }
        ConflictCase conflictCase = caseOf(task);
        currentStage(conflictCase.getId()).record(heldOn, form.requiredText("meetingSummary"),
                form.optionalText("agreedActions"), task.getAssignee(), clock.now());
        if (form.optionalBoolean("reviewAgreement")) {
            agreementReviews.request(conflictCase);
        }
        form.discard("meetingHeldOn", "meetingSummary", "agreedActions", "reviewAgreement");
    }

    /** A party's answer; the first "not resolved" ends the stage. */
    public void recordAnswer(DelegateTask task, String party) {
        FormInput form = FormInput.of(task);
        // one form for both parties; each party's answer is its own decision in the process
        boolean resolved = form.decisionAs("resolvedAnswer",
                Party.valueOf(party) == Party.SUPERVISEE ? "superviseeResolved" : "supervisorResolved");
        String statement = form.optionalText("statement");
        if (!resolved && statement == null) {
            throw new TaskInputException("statement", "say what is still unresolved");
        }
        ConflictCase conflictCase = caseOf(task);
        statements.save(new ConflictStatement(conflictCase.getId(), conflictCase.getStage(), task.getAssignee(),
                Party.valueOf(party), resolved, statement, clock.now()));
        ConflictStage stage = currentStage(conflictCase.getId());
        if (!resolved && stage.isRunning()) {
            stage.end(StageEnd.NOT_RESOLVED, clock.now());
        }
        form.discard("statement");
    }

    public void closeResolved(DelegateExecution execution) {
        ConflictCase conflictCase = caseOf(execution);
        currentStage(conflictCase.getId()).end(StageEnd.RESOLVED, clock.now());
        conflictCase.close(ConflictOutcome.RESOLVED, null, null, clock.now());
    }

    /** The supervisee left: the case closes, its record stays. */
    public void closeOnLeaving(DelegateExecution execution) {
        ConflictCase conflictCase = caseOf(execution);
        ConflictStage stage = currentStage(conflictCase.getId());
        if (stage.isRunning()) {
            stage.end(StageEnd.SUPERVISEE_LEFT, clock.now());
        }
        conflictCase.close(ConflictOutcome.SUPERVISEE_LEFT, null, null, clock.now());
    }

    ConflictStage currentStage(Long caseId) {
        ConflictCase conflictCase = cases.findById(caseId).orElseThrow();
        return stages.findByCaseIdAndStage(caseId, conflictCase.getStage()).orElseThrow();
    }

    private LocalDate pastDate(FormInput form, String field) {
        return form.optionalDate(field, DateWindow.behind(clock.today()));
    }

    /** The task's or execution's case, its row locked: whoever moves the case first wins. */
    ConflictCase caseOf(VariableScope scope) {
        long id = ((Number) scope.getVariable(ConflictIntake.CASE_ID)).longValue();
        return cases.findForUpdate(id).orElseThrow(() -> new IllegalStateException("No conflict case " + id));
    }
}
