package org.supervision.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.supervision.appraisal.AppraisalCalendar;
import org.supervision.appraisal.AppraisalPeriod;
import org.supervision.learning.AnnualReviewDates;

/**
 * The due dates the Supervision Policy sets by the calendar rather than by a process's own
 * date: the mid-year appraisal in September and the end-of-year appraisal in March, and the
 * learning and development plan's annual review in April. They come from the same calendars
 * the processes use ({@link AppraisalCalendar}, {@link AnnualReviewDates}), so the figures
 * never call late an appraisal or a review that its people were told was due later.
 */
@Component
class PolicyDueDates {

    private final AppraisalCalendar appraisals;
    private final AnnualReviewDates reviews;

    PolicyDueDates(AppraisalCalendar appraisals, AnnualReviewDates reviews) {
        this.appraisals = appraisals;
        this.reviews = reviews;
    }

    /** An appraisal's due date, for its period ({@code MID_YEAR}, {@code END_OF_YEAR}) and {@code appraisal_year}. */
    LocalDate appraisalDueOn(String period, int year) {
        return appraisals.dueOn(AppraisalPeriod.valueOf(period), year);
    }

    /**
     * The annual reviews of a plan agreed on {@code agreedOn} whose due dates are in the period,
     * each with the day it was held, if it was. As {@code learning-plan} plans them: the first
     * on the first review day after the plan was agreed, then one every year, each due when its
     * task is (30 April by default). A review belongs to the year whose review day it was held
     * on or after, before the next year's.
     */
    List<Facts.Review> annualReviews(LocalDate agreedOn, List<LocalDate> heldOn, Period period) {
        List<Facts.Review> due = new ArrayList<>();
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            LocalDate reviewDay = reviews.reviewDay(year);
            LocalDate dueOn = reviews.dueOn(reviewDay);
            if (!reviewDay.isAfter(agreedOn) || !period.contains(dueOn)) {
                continue;
            }
            LocalDate nextReviewDay = reviews.reviewDay(year + 1);
            LocalDate held = heldOn.stream().filter(day -> !day.isBefore(reviewDay) && day.isBefore(nextReviewDay))
                    .min(LocalDate::compareTo).orElse(null);
            due.add(new Facts.Review(dueOn, held));
        }
        return due;
    }
}
