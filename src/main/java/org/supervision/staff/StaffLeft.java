package org.supervision.staff;

import java.time.LocalDate;

/**
 * Published when a leaver's last working day is over and the {@code staff-leaving} process
 * ends their supervision, in that job's transaction: what features holding something of the
 * person's that must stop with their employment (a calendar feed's address) listen for.
 */
public record StaffLeft(String staffId, LocalDate leftOn) {
}
