package org.supervision.observation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
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

    ObservationSteps(DirectObservationRepository observations, SupervisionClock clock,
                     ObservationInvitations invitations) {
        this.observations = observations;
        this.clock = clock;
        this.invitations = invitations;
    }

    /** Shows the planned date (task-local, in words, e.g. "6 March 2027") with the booking form. */
    public void showBooking(DelegateTask task) {
        task.setVariableLocal("plannedBy", DateWindow.uk(observationOf(task).getPlannedBy()));
    }

    public void book(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate date = form.requiredDate("observationDate", DateWindow.ahead(clock.today()));
        LocalTime time = form.requiredTime("observationTime");
        String place = form.requiredText("place");
        DirectObservation observation = observationOf(task);
        observation.book(task.getAssignee(), date.atTime(time).atZone(clock.zone()).toInstant(), place);
        invitations.booked(observation);
        form.discard("observationDate", "observationTime", "place", "plannedBy");
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
