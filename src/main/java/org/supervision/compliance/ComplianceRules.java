package org.supervision.compliance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * How one person's facts become their figures for a period. The interval agreed is already in
 * each session's due date: the session cycle plans the next session one interval (the
 * frequency in force that day, from the agreement and the policy's decision table, so an ASYE's
 * weekly, fortnightly and monthly phases included) after the last one was held. Here only the
 * due date, the held date and the tolerance are compared, by the {@link SessionJudgement} the
 * inspection pack's supervision log judges by too.
 */
@Component
class ComplianceRules {

    /** An agreement is in date when it was signed, or last reviewed and signed again, within this. */
    static final int AGREEMENT_IN_DATE_MONTHS = 12;

    private final SessionJudgement sessions;

    ComplianceRules(SessionJudgement sessions) {
        this.sessions = sessions;
    }

    int toleranceWorkingDays() {
        return sessions.toleranceWorkingDays();
    }

    /**
     * The figures of one person. {@code leftOn} is their last working day, or null: a session
     * that was ended unheld because they left counts as missed only when its tolerance was over
     * before they left.
     */
    Figures of(String staffId, LocalDate leftOn, Facts facts, Period period) {
        LocalDate asOf = period.asOf();
        Figures figures = new Figures();
        figures.people = 1;
        for (Facts.Session session : Facts.of(facts.sessions(), staffId)) {
            switch (sessions.of(session.dueOn(), session.heldOn(), session.ended(), leftOn, period)) {
                case HELD_ON_TIME -> {
                    figures.sessionsDue++;
                    figures.sessionsOnTime++;
                }
                case HELD_LATE -> {
                    figures.sessionsDue++;
                    figures.sessionsLate++;
                }
                case MISSED -> {
                    figures.sessionsDue++;
                    figures.sessionsMissed++;
                }
                // not yet due, ended with the person's leaving, or counted in another period
                case ENDED, NOT_YET_DUE, OTHER_PERIOD -> { }
            }
        }
        for (Facts.Postponement postponement : Facts.of(facts.postponements(), staffId)) {
            if (postponement.bySupervisee()) {
                figures.postponedBySupervisee++;
            } else {
                figures.postponedBySupervisor++;
            }
        }
        for (Facts.Observation observation : Facts.of(facts.observations(), staffId)) {
            if (observation.plannedBy().isAfter(asOf) || (leftOn != null && observation.plannedBy().isAfter(leftOn))) {
                continue;
            }
            figures.observationsRequired++;
            if (observation.done() && observation.heldOn() != null && !observation.heldOn().isAfter(asOf)) {
                figures.observationsDone++;
            }
        }
        LocalDate signed = facts.lastSigned().get(staffId);
        if (signed != null && !signed.isBefore(asOf.minusMonths(AGREEMENT_IN_DATE_MONTHS))) {
            figures.agreementsInDate++;
        }
        for (Facts.Held held : Facts.of(facts.held(), staffId)) {
            if (held.heldOn().isAfter(asOf)) {
                continue;
            }
            figures.recordsHeld++;
            if (held.confirmedOn() != null && !held.confirmedOn().isAfter(asOf)) {
                figures.recordsConfirmed++;
            }
        }
        figures.disputesOpen = facts.openDisputes().getOrDefault(staffId, 0);
        for (Facts.Plan plan : Facts.of(facts.workPlans(), staffId)) {
            if (!plan.dueOn().isAfter(asOf)) {
                figures.workPlansDue++;
                if (plan.agreedOn() != null && !plan.agreedOn().isAfter(plan.dueOn())) {
                    figures.workPlansOnTime++;
                }
            }
        }
        for (Facts.Plan plan : Facts.of(facts.learningPlans(), staffId)) {
            if (!plan.dueOn().isAfter(asOf)) {
                figures.learningPlansDue++;
                if (plan.agreedOn() != null && !plan.agreedOn().isAfter(plan.dueOn())) {
                    figures.learningPlansOnTime++;
                }
            }
        }
        appraisals(figures, Facts.of(facts.appraisals(), staffId), leftOn, period);
        learningReviews(figures, Facts.of(facts.learningReviews(), staffId), leftOn, period);
        Long groupCasework = facts.groupCaseworkRelied().get(staffId);
        if (groupCasework != null) {
            figures.groupCaseworkPeople = 1;
            for (Facts.GroupMark mark : Facts.of(facts.groupMarks(), staffId)) {
                if (mark.groupId() == groupCasework && !mark.heldOn().isAfter(asOf)) {
                    figures.groupCaseworkHeld++;
                    if (mark.attended()) {
                        figures.groupCaseworkAttended++;
                    }
                }
            }
        }
        return figures;
    }

    /**
     * Appraisals whose due date is in the period, judged like sessions without a tolerance: on
     * time when completed by the due date, late when completed after it, not completed when the
     * due date is over and it was not completed by the day the figures are judged on. One that
     * ended unfinished because the person left counts only when its due date was over before
     * they left, so a month's figures do not change when someone leaves later.
     */
    private static void appraisals(Figures figures, List<Facts.Appraisal> appraisals, LocalDate leftOn,
                                   Period period) {
        for (Facts.Appraisal appraisal : appraisals) {
            if (!period.contains(appraisal.dueOn())) {
                continue;
            }
            LocalDate completed = appraisal.completedOn();
            if (completed != null && !completed.isAfter(period.asOf())) {
                figures.appraisalsDue++;
                if (completed.isAfter(appraisal.dueOn())) {
                    figures.appraisalsLate++;
                } else {
                    figures.appraisalsOnTime++;
                }
            } else if (!appraisal.dueOn().isAfter(period.lastDayOver())
                    && !(appraisal.ended() && !before(appraisal.dueOn(), leftOn))) {
                figures.appraisalsDue++;
                figures.appraisalsNotCompleted++;
            }
        }
    }

    /**
     * Annual reviews of the learning and development plan due in the period, judged the same
     * way: a review not held by someone who left on or before its due date is not counted.
     */
    private static void learningReviews(Figures figures, List<Facts.Review> reviews, LocalDate leftOn,
                                        Period period) {
        for (Facts.Review review : reviews) {
            if (!period.contains(review.dueOn())) {
                continue;
            }
            LocalDate held = review.heldOn();
            if (held != null && !held.isAfter(period.asOf())) {
                figures.learningReviewsDue++;
                if (held.isAfter(review.dueOn())) {
                    figures.learningReviewsLate++;
                } else {
                    figures.learningReviewsOnTime++;
                }
            } else if (!review.dueOn().isAfter(period.lastDayOver()) && !(leftOn != null && !before(review.dueOn(), leftOn))) {
                figures.learningReviewsDue++;
                figures.learningReviewsNotHeld++;
            }
        }
    }

    /** How far before a period to read due dates so that every session whose last on-time day is in it is read. */
    int dueDaysBeforePeriod() {
        return sessions.dueDaysBeforePeriod();
    }

    private static boolean before(LocalDate day, LocalDate leftOn) {
        return leftOn != null && day.isBefore(leftOn);
    }
}
