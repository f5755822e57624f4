package org.supervision.staff;

import java.time.LocalDate;

/**
 * Published inside the import transaction when a member's leaving date is set, moved or
 * withdrawn ({@code leftOn} null).
 */
public record LeavingDateChanged(String staffId, LocalDate leftOn) {
}
