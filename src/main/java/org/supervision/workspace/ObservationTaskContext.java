package org.supervision.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.engine.AsSystem;
import org.supervision.observation.DirectObservation;
import org.supervision.observation.DirectObservationRepository;
import org.supervision.observation.ObservationStatus;
import org.supervision.shared.UkDates;
import org.springframework.stereotype.Component;

/**
 * What a direct observation's tasks need above their forms: the worker reflecting reads what
 * the observer recorded (a record, so read through the access policy, which logs it); the
 * manager following up an observation nobody booked sees which one it is and when it was
 * due, in dates and names only.
 */
@Component
class ObservationTaskContext {

    private final RecordAccessPolicy access;
    private final UkDates dates;
    private final TaskService tasks;
    private final IdentityService identity;
    private final DirectObservationRepository observations;

    ObservationTaskContext(RecordAccessPolicy access, UkDates dates, TaskService tasks, IdentityService identity,
                           DirectObservationRepository observations) {
        this.observations = observations;
        this.access = access;
        this.dates = dates;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** For "Worker adds reflection": the observation as recorded. */
    TaskContext.View recorded(String userId, DirectObservation observation, Function<String, String> name) {
        access.check(userId, observation.getStaffId(), "direct observation " + observation.getId());
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Observation", which(observation), false));
        facts.add(fact("Observed by", name.apply(observation.getObserverId()), false));
        facts.add(fact("Held on", dates.day(observation.getHeldOn()), false));
        facts.add(fact("What was observed", observation.getWhatWasObserved(), true));
        facts.add(fact("Strengths", observation.getStrengths(), true));
        facts.add(fact("Areas to develop", observation.getAreasToDevelop(), true));
        return new TaskContext.View("The observation you are reflecting on", facts, null, false);
    }

    /**
     * For both signatures of the feedback: the observation as recorded, the worker's reflection,
     * the session it was discussed at and the supervisor's signature once given.
     */
    TaskContext.View toSign(String userId, DirectObservation observation, Function<String, String> name) {
        access.check(userId, observation.getStaffId(), "direct observation " + observation.getId());
        List<FormItem.Fact> facts = recordFacts(observation, name);
        facts.add(fact("Worker's reflection", observation.getReflection(), true));
        if (observation.getSupervisorSignedBy() != null) {
            facts.add(fact("Discussed and signed by the supervisor", name.apply(observation.getSupervisorSignedBy())
                    + " on " + dates.dateTime(observation.getSupervisorSignedAt()), false));
        }
        return new TaskContext.View("The observation whose feedback is signed", facts, null, false);
    }

    /** For the observer recording it: whose practice, when and where it was booked. Dates and names only. */
    TaskContext.View booked(DirectObservation observation, Function<String, String> name) {
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Worker", name.apply(observation.getStaffId()), false));
        facts.add(fact("Observation", which(observation), false));
        facts.add(fact("Booked by", name.apply(observation.getBookedBy()), false));
        facts.add(fact("Booked for", dates.dateTime(observation.getBookedAt()) + ", " + observation.getPlace(), false));
        return new TaskContext.View("The observation you are recording", facts, null, false);
    }

    /**
     * For recording the worker's next supervision session: the observations whose feedback is
     * to be discussed there. The caller has checked the supervisor may read the worker's records.
     */
    List<FormItem.Fact> agenda(String staffId, Function<String, String> name) {
        List<FormItem.Fact> facts = new ArrayList<>();
        for (DirectObservation observation : observations.findByStaffIdAndStatusOrderByPlannedByAsc(staffId,
                ObservationStatus.REFLECTED)) {
            facts.add(fact("To discuss: the feedback of direct observation " + which(observation) + ", held on "
                            + dates.day(observation.getHeldOn()) + " and observed by " + name.apply(observation.getObserverId()),
                    "Strengths: " + observation.getStrengths() + "\nAreas to develop: " + observation.getAreasToDevelop()
                            + "\nThe worker's reflection: " + observation.getReflection()
                            + "\nOnce you have recorded this session you are asked to confirm it was discussed, and sign.",
                    true));
        }
        if (facts.isEmpty()) {
            facts.add(fact("Direct observation feedback to discuss", "None", false));
        }
        return facts;
    }

    private List<FormItem.Fact> recordFacts(DirectObservation observation, Function<String, String> name) {
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Worker", name.apply(observation.getStaffId()), false));
        facts.add(fact("Observation", which(observation), false));
        facts.add(fact("Observed by", name.apply(observation.getObserverId()), false));
        facts.add(fact("Held on", dates.day(observation.getHeldOn()), false));
        facts.add(fact("What was observed", observation.getWhatWasObserved(), true));
        facts.add(fact("Strengths", observation.getStrengths(), true));
        facts.add(fact("Areas to develop", observation.getAreasToDevelop(), true));
        return facts;
    }

    /** For the line manager's follow-up of an observation not booked in time. */
    TaskContext.View overdue(DirectObservation observation, Function<String, String> name) {
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Worker", name.apply(observation.getStaffId()), false));
        facts.add(fact("Booking is with", bookingHolder(observation).map(name).orElse("Nobody"), false));
        facts.add(fact("Observation", which(observation), false));
        facts.add(fact("It was to be held by", dates.day(observation.getPlannedBy()), false));
        facts.add(fact("Booked", observation.getBookedAt() == null ? "Not yet"
                : "For " + dates.dateTime(observation.getBookedAt()), false));
        return new TaskContext.View("Which observation this is", facts, null, false);
    }

    /** Whoever holds the booking task now: the observer is known only once it is booked. */
    private java.util.Optional<String> bookingHolder(DirectObservation observation) {
        if (observation.getObserverId() != null) {
            return java.util.Optional.of(observation.getObserverId());
        }
        return AsSystem.call(identity, () -> tasks.createTaskQuery().processInstanceId(observation.getProcessInstanceId())
                .taskDefinitionKey("bookObservation").list().stream().map(Task::getAssignee)
                .filter(java.util.Objects::nonNull).findFirst());
    }

    private String which(DirectObservation observation) {
        return observation.getSequenceInYear() + " of " + observation.getRequiredInYear() + " in the year from "
                + dates.day(observation.getYearStartsOn());
    }

    private static FormItem.Fact fact(String label, String value, boolean multiline) {
        return new FormItem.Fact(label, value == null || value.isBlank() ? "None given" : value, multiline);
    }
}
