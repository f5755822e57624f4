package org.supervision.observation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.UkDates;
import org.supervision.engine.AsSystem;
import org.supervision.mail.ReminderKind;
import org.supervision.mail.TaskMail;
import org.supervision.staff.PracticeEducators;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code direct-observation}: stores what each form holds in
 * {@link DirectObservation} and takes it out of the process again, so that the engine keeps
 * only the observation's id.
 */
@Component("observationSteps")
public class ObservationSteps {

    private final DirectObservationRepository observations;
    private final SupervisionClock clock;
    private final ObservationInvitations invitations;
    private final PracticeEducators educators;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskMail mail;
    private final UkDates dates;

    ObservationSteps(DirectObservationRepository observations, SupervisionClock clock,
                     ObservationInvitations invitations, PracticeEducators educators, TaskService tasks,
                     IdentityService identity, TaskMail mail, UkDates dates) {
        this.observations = observations;
        this.clock = clock;
        this.invitations = invitations;
        this.educators = educators;
        this.tasks = tasks;
        this.identity = identity;
        this.mail = mail;
        this.dates = dates;
    }

    /**
     * Shows the planned date (task-local, in words, e.g. "6 March 2027") and the practice
     * educators the supervisor may choose as observer instead of themselves.
     */
    public void showBooking(DelegateTask task) {
        task.setVariableLocal("plannedBy", DateWindow.uk(observationOf(task).getPlannedBy()));
        String choices = educators.active().stream().map(e -> e.getFullName() + " (" + e.getId() + ")")
                .collect(Collectors.joining("\n"));
        task.setVariableLocal("practiceEducators", choices.isEmpty() ? "None in the staff directory" : choices);
    }

    public void book(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate date = form.requiredDate("observationDate", DateWindow.ahead(clock.today()));
        LocalTime time = form.requiredTime("observationTime");
        String place = form.requiredText("place");
        String observer = observer(form.optionalText("observerId"), task.getAssignee());
        DirectObservation observation = observationOf(task);
        observation.book(task.getAssignee(), observer, date.atTime(time).atZone(clock.zone()).toInstant(), place);
        invitations.booked(observation);
        form.discard("observationDate", "observationTime", "place", "plannedBy", "observerId", "practiceEducators");
    }

    /** The supervisor observes unless they name an active practice educator from the directory. */
    private String observer(String chosen, String supervisor) {
        if (chosen == null || chosen.trim().equals(supervisor)) {
            return supervisor;
        }
        String id = chosen.trim();
        if (!educators.isActive(id)) {
            throw new TaskInputException("observerId", "'" + id + "' is not an active practice educator in the staff"
                    + " directory; leave it empty to observe yourself");
        }
        return id;
    }

    /** Who records the booked observation: the observer chosen at booking. */
    public String observerOf(Object observationId) {
        return find(observations, observationId).getObserverId();
    }

    /** Who confirms the feedback was discussed: the supervisor who held the worker's session. */
    public String discussedWith(Object observationId) {
        return find(observations, observationId).getDiscussedWith();
    }

    /**
     * A few working days before the planned date, whoever holds the booking task is reminded
     * by e-mail (with a link to the task) before the line manager is asked to follow it up.
     */
    public void remindBooking(DelegateExecution execution) {
        DirectObservation observation = observationOf(execution);
        String due = dates.day(observation.getPlannedBy());
        AsSystem.run(identity, () -> tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("bookObservation").list()
                .forEach(task -> mail.dueSoon(ReminderKind.OBSERVATION_DUE, task.getAssignee(), task.getId(), task.getName(), due)));
        observation.reminded(clock.now());
    }

    /** Create listener of the line manager's follow-up: they are told by e-mail, with a link to it. */
    public void escalated(DelegateTask task) {
        mail.escalate(task.getAssignee(), task.getId(), task.getName());
    }

    /** The supervisor answers whether the feedback was discussed; ticking the box is their signature. */
    public void supervisorSigns(DelegateTask task) {
        FormInput form = FormInput.of(task);
        boolean discussed = form.optionalDecision("feedbackDiscussed");
        observationOf(task).supervisorAnswers(discussed, task.getAssignee(), clock.now());
    }

    public void workerSigns(DelegateTask task) {
        FormInput form = FormInput.of(task);
        if (!form.requiredBoolean("signatureConfirmed")) {
            throw new TaskInputException("signatureConfirmed", "tick the box to sign, or leave the task open");
        }
        observationOf(task).workerSigns(clock.now());
        form.discard("signatureConfirmed");
    }

    public void record(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate heldOn = form.requiredDate("heldOn", DateWindow.behind(clock.today()));
        String observed = form.requiredText("whatWasObserved");
        String strengths = form.requiredText("strengths");
        String areasToDevelop = form.requiredText("areasToDevelop");
        observationOf(task).record(heldOn, observed, strengths, areasToDevelop, clock.now());
        form.discard("heldOn", "whatWasObserved", "strengths", "areasToDevelop");
    }

    public void reflect(DelegateTask task) {
        FormInput form = FormInput.of(task);
        observationOf(task).reflect(form.requiredText("reflection"), clock.now());
        form.discard("reflection");
    }

    public void markOverdue(DelegateExecution execution) {
        observationOf(execution).markOverdue();
    }

    public void recordFollowUp(DelegateTask task) {
        FormInput form = FormInput.of(task);
        observationOf(task).followedUp(task.getAssignee(), clock.now(), form.requiredText("followUpNotes"));
        form.discard("followUpNotes");
    }

    private DirectObservation observationOf(VariableScope scope) {
        return find(observations, scope.getVariable(ObservationPlanning.OBSERVATION_ID));
    }

    static DirectObservation find(DirectObservationRepository observations, Object id) {
        long observationId = ((Number) id).longValue();
        return observations.findById(observationId)
                .orElseThrow(() -> new IllegalStateException("No direct observation " + observationId));
    }
}
