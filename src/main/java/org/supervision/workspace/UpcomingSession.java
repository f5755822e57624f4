package org.supervision.workspace;

import java.time.Instant;

/** A booked session in the coming days, for the supervisor's diary. */
public record UpcomingSession(Instant startsAt, String staffId, String name, String supervision, String place) {
}
