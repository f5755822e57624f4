package org.supervision.compliance;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.supervision.shared.WorkingDayCalendar;

/**
 * Whether a 1:1 session was held on time, held late or missed, and which period it counts in:
 * the one rule the compliance figures and the inspection pack's supervision log both judge by,
 * so that the tolerance ({@code supervision.compliance.tolerance-working-days}, working days by
 * the organisation's calendar) moves them alike.
 */
@Component
public class SessionJudgement {

    /** How a session went, judged for one period. */
    public enum Outcome {
        HELD_ON_TIME,
        HELD_LATE,
        MISSED,
        /** Not held, and its supervision ended with the person's leaving before its tolerance was over: not counted. */
        ENDED,
        /** Not held, and its last on-time day is not over yet: not counted. */
        NOT_YET_DUE,
        /** Its last on-time day falls in another period: counted there. */
        OTHER_PERIOD
    }

    private final WorkingDayCalendar workingDays;
    private final int toleranceWorkingDays;

    public SessionJudgement(WorkingDayCalendar workingDays,
                            @Value("${supervision.compliance.tolerance-working-days:0}") int toleranceWorkingDays) {
        if (toleranceWorkingDays < 0) {
            throw new IllegalArgumentException("supervision.compliance.tolerance-working-days must not be negative: "
                    + toleranceWorkingDays);
        }
        this.workingDays = workingDays;
        this.toleranceWorkingDays = toleranceWorkingDays;
    }

    public int toleranceWorkingDays() {
        return toleranceWorkingDays;
    }

    /** The due date plus the tolerance: the last day a session counts as held on time. */
    public LocalDate lastOnTimeDay(LocalDate dueOn) {
        return workingDays.plusWorkingDays(dueOn, toleranceWorkingDays);
    }

    /**
     * The session's outcome in the period. It belongs to the period its last on-time day is in;
     * held counts only when held by the day the period is judged on. {@code ended}: ended unheld
     * because the person left, whose last working day is {@code leftOn} (null while employed);
     * such a session counts as missed only when its tolerance was over before they left.
     */
    public Outcome of(LocalDate dueOn, LocalDate heldOn, boolean ended, LocalDate leftOn, Period period) {
        LocalDate lastOnTimeDay = lastOnTimeDay(dueOn);
        if (!period.contains(lastOnTimeDay)) {
            return Outcome.OTHER_PERIOD;
        }
        if (heldOn != null && !heldOn.isAfter(period.asOf())) {
            return heldOn.isAfter(lastOnTimeDay) ? Outcome.HELD_LATE : Outcome.HELD_ON_TIME;
        }
        if (ended && !(leftOn != null && lastOnTimeDay.isBefore(leftOn))) {
            return Outcome.ENDED;
        }
        return lastOnTimeDay.isAfter(period.lastDayOver()) ? Outcome.NOT_YET_DUE : Outcome.MISSED;
    }

    /** How far before a period to read due dates so that every session whose last on-time day is in it is read. */
    int dueDaysBeforePeriod() {
        // a working day is at most 5 calendar days after the previous one (Christmas and a weekend)
        return 5 * toleranceWorkingDays;
    }
}
