package org.supervision.staff;

/**
 * Published inside an import's transaction, once per member: by the import that first finds
 * them in the directory with a management supervisor ({@link StarterLifecycle}).
 */
public record StaffJoined(String staffId) {
}
