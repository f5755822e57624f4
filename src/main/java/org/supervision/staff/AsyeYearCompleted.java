package org.supervision.staff;

import java.time.LocalDate;

/**
 * Published when a member's ASYE year ends and the post-ASYE rules apply to them from
 * {@code on}; the agreement listens, to start its review.
 */
public record AsyeYearCompleted(String staffId, LocalDate on) {
}
