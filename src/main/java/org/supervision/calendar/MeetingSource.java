package org.supervision.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A feature whose booked meetings belong in people's calendar feeds: sessions, direct
 * observations, three-way meetings. Each gives the same {@link Meeting} (same key, so the same
 * UID) it sends as an invitation, so a subscribed calendar and an accepted invitation show one
 * event, not two.
 */
public interface MeetingSource {

    /** The person's booked meetings starting at or after {@code from}, as organiser or attendee. */
    List<Meeting> upcomingFor(String staffId, Instant from);
}
