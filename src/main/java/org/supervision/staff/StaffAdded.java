package org.supervision.staff;

/**
 * Published inside an import's transaction, once per person new to the directory and not
 * already gone: they have a login from now on (without a password). Their supervision
 * lifecycle may start later ({@link StaffJoined}), once they have a supervisor.
 */
public record StaffAdded(String staffId) {
}
