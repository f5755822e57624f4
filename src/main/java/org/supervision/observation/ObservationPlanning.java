package org.supervision.observation;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.supervision.agreement.AgreementSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans a worker's observation year when their agreement is signed: the year's number of
 * direct observations (from the agreement) spread evenly over the 12 months from the signing,
 * so that the count is reachable (4 a year: one every 3 months; 2 a year: one every 6). Each
 * observation is a {@code direct-observation} process about the worker.
 *
 * <p>A version signed while the worker's observation year is still running (a review on
 * request) leaves that year's plan as it is; the next signing after the year ends (the annual
 * review) plans the next year.
 */
@Component
class ObservationPlanning {

    static final String PROCESS = "direct-observation";
    static final String OBSERVATION_ID = "observationId";

    private final DirectObservationRepository observations;
    private final RuntimeService runtime;

    ObservationPlanning(DirectObservationRepository observations, RuntimeService runtime) {
        this.observations = observations;
        this.runtime = runtime;
    }

    @EventListener
    public void onSigned(AgreementSigned signed) {
        int required = signed.directObservationsPerYear();
        if (required <= 0 || yearRunning(signed.staffId(), signed.signedOn())) {
            return;
        }
        for (int sequence = 1; sequence <= required; sequence++) {
            DirectObservation observation = observations.save(new DirectObservation(signed.staffId(),
                    signed.agreementId(), signed.signedOn(), sequence, required,
                    plannedBy(signed.signedOn(), sequence, required)));
            String instance = runtime.createProcessInstanceByKey(PROCESS).businessKey(signed.staffId())
                    .setVariable("staffId", signed.staffId())
                    .setVariable(OBSERVATION_ID, observation.getId())
                    .execute().getId();
            observation.startedAs(instance);
        }
    }

    /** The last day of the observation's share of the year: 4 a year, the end of each quarter. */
    static LocalDate plannedBy(LocalDate yearStartsOn, int sequence, int required) {
        return yearStartsOn.plusMonths(12L * sequence / required).minusDays(1);
    }

    /** The first day of the observation's share of the year, when booking it opens. */
    static LocalDate bookingOpensOn(LocalDate yearStartsOn, int sequence, int required) {
        return yearStartsOn.plusMonths(12L * (sequence - 1) / required);
    }

    private boolean yearRunning(String staffId, LocalDate on) {
        return observations.existsByStaffIdAndYearStartsOnGreaterThan(staffId, on.minusYears(1));
    }
}
