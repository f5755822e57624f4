package org.supervision.staff;

/** Published inside the import transaction for each member new to the directory. */
public record StaffJoined(String staffId) {
}
