package org.supervision.staff;

/**
 * Organisational roles that are not implied by the line-management structure.
 * Supervisors and managers are derived from relationships; these are granted explicitly.
 */
public enum StaffRole {
    HR,
    DIRECTOR,
    AUDITOR,
    ADMIN,
    LEARNING,
    /** May observe a worker's practice when their supervisor chooses them at booking; no group of its own. */
    PRACTICE_EDUCATOR
}
