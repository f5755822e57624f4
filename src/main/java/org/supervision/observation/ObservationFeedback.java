package org.supervision.observation;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.supervision.engine.AsSystem;
import org.supervision.session.SessionHeld;
import org.supervision.staff.SupervisionType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries a reflected observation's feedback to the worker's next supervision session: once
 * a one-to-one session (management, professional or clinical; not peer or group) is recorded as
 * held, the observation's process asks that session's supervisor whether the feedback was
 * discussed. Ids only cross into the process; the feedback stays in the observation's table.
 */
@Component
class ObservationFeedback {

    static final String SESSION_HELD = "observationFeedbackSessionHeld";
    private static final Set<SupervisionType> ONE_TO_ONE =
            EnumSet.of(SupervisionType.MANAGEMENT, SupervisionType.PROFESSIONAL, SupervisionType.CLINICAL);

    private final DirectObservationRepository observations;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ObservationFeedback(DirectObservationRepository observations, RuntimeService runtime, IdentityService identity) {
        this.observations = observations;
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    public void onSessionHeld(SessionHeld held) {
        if (!ONE_TO_ONE.contains(held.supervisionType())) {
            return;
        }
        for (DirectObservation observation : observations.findByStaffIdAndStatusOrderByPlannedByAsc(held.staffId(),
                ObservationStatus.REFLECTED)) {
            if (observation.getDiscussedSessionId() != null) {
                continue; // already with the supervisor of an earlier session, who has not answered yet
            }
            observation.discussAt(held.sessionId(), held.supervisorId());
            AsSystem.run(identity, () -> runtime.createMessageCorrelation(SESSION_HELD)
                    .processInstanceId(observation.getProcessInstanceId()).correlateAll());
        }
    }
}
