package org.supervision.session;

import java.time.LocalDate;
import org.supervision.staff.SupervisionType;

/**
 * Published inside the transaction that records a session as held, so that what waits for the
 * supervisee's next session (the feedback of a direct observation) can follow without the
 * session knowing it. Ids and the date only: what the record says stays in the session tables.
 */
public record SessionHeld(long sessionId, String staffId, SupervisionType supervisionType, LocalDate heldOn,
                          String supervisorId) {
}
