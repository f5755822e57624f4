package org.supervision.learning;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the learning and development plan's yearly review opens
 * ({@code supervision.learning.annual-review}, 15 April, after the March appraisals) and when it
 * is due ({@code review-within-days} later: 30 April, "in April" as the policy says). One place
 * for both, so that the review's task and the compliance figures that judge it on time cannot
 * disagree.
 */
@Component
public class AnnualReviewDates {

    private final MonthDay reviewDay;
    private final int reviewWithinDays;

    public AnnualReviewDates(@Value("${supervision.learning.annual-review:04-15}") String reviewDay,
                             @Value("${supervision.learning.review-within-days:15}") int reviewWithinDays) {
        this.reviewDay = MonthDay.parse("--" + reviewDay);
        this.reviewWithinDays = reviewWithinDays;
    }

    /** The day the review opens in the year. */
    public LocalDate reviewDay(int year) {
        return reviewDay.atYear(year);
    }

    /** The first review day after the given day. */
    public LocalDate nextReviewDay(LocalDate after) {
        LocalDate candidate = reviewDay(after.getYear());
        return candidate.isAfter(after) ? candidate : reviewDay(after.getYear() + 1);
    }

    /** The day a review opened on {@code openedOn} is due by. */
    public LocalDate dueOn(LocalDate openedOn) {
        return openedOn.plusDays(reviewWithinDays);
    }
}
