package org.supervision.observation;

import java.time.LocalDate;
import java.util.Date;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The dates of {@code direct-observation}: its timers and the due dates Tasklist shows. */
@Component("observationDates")
public class ObservationDates {

    private final DirectObservationRepository observations;
    private final SupervisionClock clock;
    private final WorkingDayCalendar workingDays;
    private final int reflectionWorkingDays;
    private final int followUpWorkingDays;
    private final int reminderWorkingDays;
    private final int signingWorkingDays;

    ObservationDates(DirectObservationRepository observations, SupervisionClock clock, WorkingDayCalendar workingDays,
                     @Value("${supervision.observation.reflection-within-working-days:10}") int reflectionWorkingDays,
                     @Value("${supervision.observation.follow-up-within-working-days:5}") int followUpWorkingDays,
                     @Value("${supervision.observation.remind-working-days-before:5}") int reminderWorkingDays,
                     @Value("${supervision.observation.sign-within-working-days:10}") int signingWorkingDays) {
        this.reminderWorkingDays = reminderWorkingDays;
        this.signingWorkingDays = signingWorkingDays;
        this.observations = observations;
        this.clock = clock;
        this.workingDays = workingDays;
        this.reflectionWorkingDays = reflectionWorkingDays;
        this.followUpWorkingDays = followUpWorkingDays;
    }

    /** The start of the observation's share of the year: the observer is asked to book from then. */
    public Date bookingOpensAt(Object observationId) {
        DirectObservation observation = ObservationSteps.find(observations, observationId);
        LocalDate opens = ObservationPlanning.bookingOpensOn(observation.getYearStartsOn(),
                observation.getSequenceInYear(), observation.getRequiredInYear());
        return Date.from(opens.atStartOfDay(clock.zone()).toInstant());
    }

    /** Booked by the end of the day it is planned by; the overdue timer fires then. */
    public Date bookingDue(Object observationId) {
        return clock.endOf(ObservationSteps.find(observations, observationId).getPlannedBy());
    }

    /**
     * The reminder to whoever holds the booking: the start of the working day that is a few
     * working days (setting) before the planned date, so they can still book in time.
     */
    public Date bookingReminderAt(Object observationId) {
        LocalDate plannedBy = ObservationSteps.find(observations, observationId).getPlannedBy();
        return Date.from(workingDays.minusWorkingDays(plannedBy, reminderWorkingDays).atStartOfDay(clock.zone()).toInstant());
    }

    /** When the booked observation takes place: the observer is asked to record it from then. */
    public Date observedAt(Object observationId) {
        return Date.from(ObservationSteps.find(observations, observationId).getBookedAt());
    }

    /** Recorded by the end of the day it was booked for. */
    public Date recordingDue(Object observationId) {
        DirectObservation observation = ObservationSteps.find(observations, observationId);
        return clock.endOf(LocalDate.ofInstant(observation.getBookedAt(), clock.zone()));
    }

    public Date reflectionDue() {
        return workingDays.deadline(reflectionWorkingDays);
    }

    public Date signingDue() {
        return workingDays.deadline(signingWorkingDays);
    }

    public Date followUpDue() {
        return workingDays.deadline(followUpWorkingDays);
    }
}
