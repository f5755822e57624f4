package org.supervision.compliance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The due dates the Supervision Policy sets by the calendar rather than by a process's own
 * date: the mid-year appraisal in September and the end-of-year appraisal in March, and the
 * learning and development plan's annual review in April. An appraisal is due by the end of the
 * month the organisation's settings launch it in ({@code supervision.appraisal.mid-year-launch}
 * and {@code end-of-year-launch}), so moving a launch to October moves its due date to the end
 * of October. A review is due when its task is ({@code supervision.learning.annual-review} plus
 * {@code review-within-days}, 15 April plus 15 days: 30 April), so the figures never call late a
 * review its supervisor was told was due later.
 */
@Component
class PolicyDueDates {

    private final MonthDay midYearLaunch;
    private final MonthDay endOfYearLaunch;
    private final MonthDay annualReview;
    private final int reviewWithinDays;

    PolicyDueDates(@Value("${supervision.appraisal.mid-year-launch:09-01}") String midYearLaunch,
                   @Value("${supervision.appraisal.end-of-year-launch:03-01}") String endOfYearLaunch,
                   @Value("${supervision.learning.annual-review:04-15}") String annualReview,
                   @Value("${supervision.learning.review-within-days:15}") int reviewWithinDays) {
        this.midYearLaunch = MonthDay.parse("--" + midYearLaunch);
        this.endOfYearLaunch = MonthDay.parse("--" + endOfYearLaunch);
        this.annualReview = MonthDay.parse("--" + annualReview);
        this.reviewWithinDays = reviewWithinDays;
    }

    /**
     * An appraisal's due date: the last day of its launch month in its year ({@code appraisal_year}
     * is the year of the launch day), 30 September and 31 March by default.
     */
    LocalDate appraisalDueOn(String period, int year) {
        MonthDay launch = "MID_YEAR".equals(period) ? midYearLaunch : endOfYearLaunch;
        return YearMonth.of(year, launch.getMonth()).atEndOfMonth();
    }

    /**
     * The annual reviews of a plan agreed on {@code agreedOn} whose due dates are in the period,
     * each with the day it was held, if it was. As {@code learning-plan} plans them: the first
     * on the first review day after the plan was agreed, then one every year; each due when its
     * task is, {@code review-within-days} after the review day (30 April by default). A review
     * belongs to the year whose review day it was held on or after, before the next year's.
     */
    List<Facts.Review> annualReviews(LocalDate agreedOn, List<LocalDate> heldOn, Period period) {
        List<Facts.Review> reviews = new ArrayList<>();
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            LocalDate reviewDay = annualReview.atYear(year);
            LocalDate dueOn = reviewDay.plusDays(reviewWithinDays);
            if (!reviewDay.isAfter(agreedOn) || !period.contains(dueOn)) {
                continue;
            }
            LocalDate nextReviewDay = annualReview.atYear(year + 1);
            LocalDate held = heldOn.stream().filter(day -> !day.isBefore(reviewDay) && day.isBefore(nextReviewDay))
                    .min(LocalDate::compareTo).orElse(null);
            reviews.add(new Facts.Review(dueOn, held));
        }
        return reviews;
    }
}
