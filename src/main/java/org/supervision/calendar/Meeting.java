package org.supervision.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A booked meeting as people's calendars see it. {@code key} names the booked thing (for
 * example {@code session-12}) and stays the same through re-bookings, so each calendar updates
 * or removes the one event it already holds. The title is plain English and never quotes a
 * record: it travels in clear text to mail servers and calendar apps outside the product.
 */
public record Meeting(String key, String title, Instant startsAt, Duration length, String place,
                      String organiserId, List<String> attendeeIds) {
}
