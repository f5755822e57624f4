package org.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supervision.appraisal.AppraisalCalendar;
import org.supervision.learning.AnnualReviewDates;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.WorkingDayCalendar;

/**
 * Hand-computed figures for one person at a time, with the real working-day calendar (England
 * and Wales). The period is the last 3 months as of Friday 6 March 2026: 7 December 2025 to
 * 6 March 2026, judged with 5 March as the last day that is over.
 */
class ComplianceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 6);
    private static final Period LAST_3_MONTHS = Period.rolling(3, TODAY);

    private final Map<String, List<Facts.Session>> sessions = new HashMap<>();
    private final Map<String, List<Facts.Postponement>> postponements = new HashMap<>();
    private final Map<String, List<Facts.Observation>> observations = new HashMap<>();
    private final Map<String, LocalDate> lastSigned = new HashMap<>();
    private final Map<String, List<Facts.Held>> held = new HashMap<>();
    private final Map<String, Long> groupCasework = new HashMap<>();
    private final Map<String, List<Facts.GroupMark>> groupMarks = new HashMap<>();
    private final Map<String, List<Facts.Appraisal>> appraisals = new HashMap<>();
    private final Map<String, List<Facts.Review>> reviews = new HashMap<>();
    private final PolicyDueDates dueDates =
            new PolicyDueDates(new AppraisalCalendar("09-01", "03-01"), new AnnualReviewDates("04-15", 15));
    /** The policy year 2025 to 2026, judged once it is over. */
    private final Period policyYear = Period.policyYear(2025, java.time.MonthDay.of(4, 1), date("2026-04-10"));

    @Test
    void aSessionHeldOnItsDueDateIsOnTimeOneHeldAfterItLateOneNotHeldMissed() throws Exception {
        sessions.put("amy", List.of(
                new Facts.Session(date("2025-11-30"), date("2025-12-09"), false), // due before the period: not counted
                new Facts.Session(date("2026-01-05"), date("2026-01-05"), false), // on time
                new Facts.Session(date("2026-02-02"), date("2026-02-04"), false), // two days late
                new Facts.Session(date("2026-03-02"), null, false),               // not held: missed
                new Facts.Session(date("2026-03-06"), null, false)));             // due today: not yet judged

        Figures figures = rules(0).of("amy", null, facts(), LAST_3_MONTHS);

        assertThat(figures.sessionsDue).isEqualTo(3);
        assertThat(figures.sessionsOnTime).isEqualTo(1);
        assertThat(figures.sessionsLate).isEqualTo(1);
        assertThat(figures.sessionsMissed).isEqualTo(1);
        assertThat(figures.onTimePercent()).isEqualTo(33);
    }

    @Test
    void aToleranceOfTwoWorkingDaysMakesTheSessionHeldTwoWorkingDaysAfterItsDueDateOnTime() throws Exception {
        sessions.put("amy", List.of(
                new Facts.Session(date("2026-01-05"), date("2026-01-05"), false),
                // Monday 2 February + 2 working days = Wednesday 4 February
                new Facts.Session(date("2026-02-02"), date("2026-02-04"), false),
                // Friday 27 February + 2 working days = Tuesday 3 March; held on the Wednesday: late
                new Facts.Session(date("2026-02-27"), date("2026-03-04"), false),
                // Monday 2 March + 2 = Wednesday 4 March, over by the 5th: missed
                new Facts.Session(date("2026-03-02"), null, false),
                // Thursday 5 March + 2 = Monday 9 March: still within the tolerance, not counted
                new Facts.Session(date("2026-03-05"), null, false)));

        Figures figures = rules(2).of("amy", null, facts(), LAST_3_MONTHS);

        assertThat(figures.sessionsDue).isEqualTo(4);
        assertThat(figures.sessionsOnTime).isEqualTo(2);
        assertThat(figures.sessionsLate).isEqualTo(1);
        assertThat(figures.sessionsMissed).isEqualTo(1);
    }

    @Test
    void theToleranceSkipsBankHolidays() throws Exception {
        // Friday 3 April 2026 is Good Friday, Monday 6 April Easter Monday: Thursday 2 April + 1 working day = Tuesday 7 April
        sessions.put("amy", List.of(new Facts.Session(date("2026-04-02"), date("2026-04-07"), false)));

        Figures figures = rules(1).of("amy", null, facts(), Period.rolling(3, date("2026-04-30")));

        assertThat(figures.sessionsOnTime).isEqualTo(1);
        assertThat(figures.sessionsLate).isZero();
    }

    @Test
    void postponementsAreCountedByWhoAskedForThem() throws Exception {
        postponements.put("amy", List.of(new Facts.Postponement(date("2026-01-10"), true),
                new Facts.Postponement(date("2026-02-10"), true), new Facts.Postponement(date("2026-02-20"), false)));

        Figures figures = rules(0).of("amy", null, facts(), LAST_3_MONTHS);

        assertThat(figures.postponedBySupervisee).isEqualTo(2);
        assertThat(figures.postponedBySupervisor).isEqualTo(1);
    }

    /**
     * An ASYE who started on Monday 1 December 2025: weekly for the first six weeks, then
     * fortnightly. The session cycle plans each due date one interval in force after the last
     * session was held; a session held 10 days after the previous one is late in the weekly
     * phase and on time in the fortnightly one.
     */
    @Test
    void anAsyeIsJudgedAgainstTheIntervalInForceInEachPhase() throws Exception {
        sessions.put("asye", List.of(
                new Facts.Session(date("2025-12-08"), date("2025-12-08"), false), // week 1: weekly, on time
                new Facts.Session(date("2025-12-15"), date("2025-12-18"), false), // +7 days from the 8th: held on the 18th, late
                new Facts.Session(date("2025-12-25"), date("2025-12-29"), false), // +7 from the 18th: late
                new Facts.Session(date("2026-01-05"), date("2026-01-05"), false), // +7 from the 29th; on time
                new Facts.Session(date("2026-01-19"), date("2026-01-15"), false), // week 6 ended: +14 from the 5th; held 10 days after, on time
                new Facts.Session(date("2026-01-29"), date("2026-01-29"), false)));// +14 from the 15th, on time

        Figures figures = rules(0).of("asye", null, facts(), LAST_3_MONTHS);

        assertThat(figures.sessionsDue).isEqualTo(6);
        assertThat(figures.sessionsOnTime).isEqualTo(4);
        assertThat(figures.sessionsLate).isEqualTo(2);
        assertThat(figures.sessionsMissed).isZero();
    }

    @Test
    void aLeaverCountsUntilTheyLeftAndTheirSessionsEndedAfterThatAreNotMissed() throws Exception {
        sessions.put("leo", List.of(
                new Facts.Session(date("2026-01-20"), date("2026-01-20"), false),
                new Facts.Session(date("2026-02-03"), null, true),  // due before they left, never held: missed
                new Facts.Session(date("2026-02-17"), null, true))); // due after they left: not counted
        observations.put("leo", List.of(new Facts.Observation(date("2026-01-31"), date("2026-01-28"), true),
                new Facts.Observation(date("2026-03-01"), null, false))); // planned by a day after they left

        Figures figures = rules(0).of("leo", date("2026-02-10"), facts(), LAST_3_MONTHS);

        assertThat(figures.sessionsDue).isEqualTo(2);
        assertThat(figures.sessionsOnTime).isEqualTo(1);
        assertThat(figures.sessionsMissed).isEqualTo(1);
        assertThat(figures.observationsRequired).isEqualTo(1);
        assertThat(figures.observationsDone).isEqualTo(1);
    }

    @Test
    void anAgreementIsInDateWhenSignedWithinTwelveMonthsAndRecordsCountWhenConfirmed() throws Exception {
        lastSigned.put("amy", date("2025-03-06"));
        lastSigned.put("ben", date("2025-03-05"));
        held.put("amy", List.of(new Facts.Held(date("2026-01-05"), date("2026-01-09")),
                new Facts.Held(date("2026-02-04"), null)));

        Figures amy = rules(0).of("amy", null, facts(), LAST_3_MONTHS);
        Figures ben = rules(0).of("ben", null, facts(), LAST_3_MONTHS);

        assertThat(amy.agreementsInDate).isEqualTo(1);
        assertThat(ben.agreementsInDate).isZero();
        assertThat(amy.recordsHeld).isEqualTo(2);
        assertThat(amy.recordsConfirmed).isEqualTo(1);
        assertThat(amy.add(ben).agreementsInDatePercent()).isEqualTo(50);
    }

    @Test
    void groupCaseworkCountsTheSessionsOfTheGroupTheAgreementNamesHeldInThePeriodAndThoseAttended() throws Exception {
        groupCasework.put("amy", 7L);
        groupMarks.put("amy", List.of(
                new Facts.GroupMark(7, date("2026-01-07"), true),
                new Facts.GroupMark(7, date("2026-01-14"), false),
                new Facts.GroupMark(7, date("2026-01-21"), true),
                new Facts.GroupMark(8, date("2026-01-22"), true))); // a peer group the agreement does not name
        groupMarks.put("ben", List.of(new Facts.GroupMark(7, date("2026-01-07"), true))); // his agreement names none

        Figures amy = rules(0).of("amy", null, facts(), LAST_3_MONTHS);
        Figures ben = rules(0).of("ben", null, facts(), LAST_3_MONTHS);

        assertThat(amy.getGroupCaseworkHeld()).isEqualTo(3);
        assertThat(amy.getGroupCaseworkAttended()).isEqualTo(2);
        assertThat(amy.getGroupCaseworkAttendedPercent()).isEqualTo(67);
        assertThat(ben.isGroupCaseworkReliedOn()).isFalse();
        assertThat(ben.getGroupCaseworkHeld()).as("not relied on: no figure rather than 0 of 0").isNull();
        Figures both = new Figures().add(amy).add(ben);
        assertThat(List.of(both.getGroupCaseworkPeople(), both.getGroupCaseworkHeld(), both.getGroupCaseworkAttended()))
                .as("people relying on it, held, attended").containsExactly(1, 3, 2);
    }

    @Test
    void aClosedMonthJudgesItsLastDayAsOver() throws Exception {
        sessions.put("amy", List.of(new Facts.Session(date("2026-01-31"), null, false)));

        Figures january = rules(0).of("amy", null, facts(), Period.month(java.time.YearMonth.of(2026, 1)));

        assertThat(january.sessionsMissed).isEqualTo(1);
    }

    /**
     * The policy year 2025 to 2026: the mid-year appraisal due by 30 September 2025, the
     * end-of-year one by 31 March 2026. Amy's mid-year one on time, her end-of-year one completed
     * on 2 April, after the year was over; Ben's mid-year one late, his end-of-year one ended when
     * he left on 20 March, before it was due; Leo left on 14 November with his mid-year appraisal,
     * due before he left, not completed.
     */
    @Test
    void anAppraisalIsDueByTheEndOfItsMonthAndALeaversIsCountedOnlyWhenItWasDueBeforeTheyLeft() throws Exception {
        LocalDate midYear = dueDates.appraisalDueOn("MID_YEAR", 2025);
        LocalDate endOfYear = dueDates.appraisalDueOn("END_OF_YEAR", 2026);
        assertThat(List.of(midYear, endOfYear)).containsExactly(date("2025-09-30"), date("2026-03-31"));
        appraisals.put("amy", List.of(new Facts.Appraisal(midYear, date("2025-09-26"), false),
                new Facts.Appraisal(endOfYear, date("2026-04-02"), false)));
        appraisals.put("ben", List.of(new Facts.Appraisal(midYear, date("2025-10-03"), false),
                new Facts.Appraisal(endOfYear, null, true)));
        appraisals.put("leo", List.of(new Facts.Appraisal(midYear, null, true)));

        Figures amy = rules(0).of("amy", null, facts(), policyYear);
        Figures ben = rules(0).of("ben", date("2026-03-20"), facts(), policyYear);
        Figures leo = rules(0).of("leo", date("2025-11-14"), facts(), policyYear);

        assertThat(appraisalFigures(amy)).as("due, on time, late, not completed").containsExactly(2, 1, 0, 1);
        assertThat(appraisalFigures(ben)).containsExactly(1, 0, 1, 0);
        assertThat(appraisalFigures(leo)).containsExactly(1, 0, 0, 1);
        Figures all = new Figures().add(amy).add(ben).add(leo);
        assertThat(all.getAppraisalsOnTimePercent()).as("1 of 4").isEqualTo(25);
        assertThat(rules(0).of("amy", null, facts(), Period.rolling(3, date("2026-03-20"))).appraisalsDue)
                .as("on 20 March the end-of-year appraisal is not due yet").isZero();
    }

    @Test
    void anOrganisationThatLaunchesTheMidYearAppraisalInOctoberHasItDueByTheEndOfOctober() {
        PolicyDueDates octoberLaunch =
                new PolicyDueDates(new AppraisalCalendar("10-01", "03-15"), new AnnualReviewDates("04-15", 15));
        assertThat(octoberLaunch.appraisalDueOn("MID_YEAR", 2025)).isEqualTo(date("2025-10-31"));
        assertThat(octoberLaunch.appraisalDueOn("END_OF_YEAR", 2026)).isEqualTo(date("2026-03-31"));
    }

    /**
     * Reviews of the learning and development plan in the policy year 2025 to 2026: due by
     * 30 April 2025 for plans agreed before 15 April 2025. Amy's held on 28 April (on time),
     * Ben's on 12 May (late), Cat's not at all (her last review was in 2024); Dan's plan was
     * agreed on 20 April 2025, so his first review is due in April 2026, in the next year; Eve
     * left on 25 April 2025 without it.
     */
    @Test
    void aPlanIsReviewedEveryAprilFromTheFirstAprilAfterItWasAgreed() throws Exception {
        reviews.put("amy", dueDates.annualReviews(date("2024-03-01"), List.of(date("2024-04-20"), date("2025-04-28")), policyYear));
        reviews.put("ben", dueDates.annualReviews(date("2024-03-01"), List.of(date("2025-05-12")), policyYear));
        reviews.put("cat", dueDates.annualReviews(date("2023-10-01"), List.of(date("2024-04-29")), policyYear));
        reviews.put("dan", dueDates.annualReviews(date("2025-04-20"), List.of(), policyYear));
        reviews.put("eve", dueDates.annualReviews(date("2024-03-01"), List.of(), policyYear));

        assertThat(reviews.get("amy")).containsExactly(new Facts.Review(date("2025-04-30"), date("2025-04-28")));
        assertThat(reviews.get("dan")).isEmpty();
        assertThat(reviewFigures(rules(0).of("amy", null, facts(), policyYear))).as("due, on time, late, not held")
                .containsExactly(1, 1, 0, 0);
        assertThat(reviewFigures(rules(0).of("ben", null, facts(), policyYear))).containsExactly(1, 0, 1, 0);
        assertThat(reviewFigures(rules(0).of("cat", null, facts(), policyYear))).containsExactly(1, 0, 0, 1);
        assertThat(reviewFigures(rules(0).of("dan", null, facts(), policyYear))).containsExactly(0, 0, 0, 0);
        assertThat(reviewFigures(rules(0).of("eve", date("2025-04-25"), facts(), policyYear)))
                .as("left before it was due").containsExactly(0, 0, 0, 0);
    }

    private static List<Integer> appraisalFigures(Figures figures) {
        return List.of(figures.appraisalsDue, figures.appraisalsOnTime, figures.appraisalsLate, figures.appraisalsNotCompleted);
    }

    private static List<Integer> reviewFigures(Figures figures) {
        return List.of(figures.learningReviewsDue, figures.learningReviewsOnTime, figures.learningReviewsLate,
                figures.learningReviewsNotHeld);
    }

    private Facts facts() {
        return new Facts(sessions, postponements, observations, lastSigned, held, Map.of(), Map.of(), Map.of(), appraisals,
                reviews, groupCasework, groupMarks);
    }

    private static ComplianceRules rules(int tolerance) throws Exception {
        SupervisionClock clock = new SupervisionClock("Europe/London");
        return new ComplianceRules(new SessionJudgement(
                new WorkingDayCalendar(WorkingDayCalendar.Region.of("england-and-wales"), null, clock), tolerance));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
