package org.supervision.staff;

/**
 * Why a sync was rejected: the directory entry (its DN; null for the sync as a whole), the
 * staff id it carries if any, the attribute at fault and what is wrong with it.
 */
public record LdapSyncProblem(String entry, String staffId, String attribute, String message) {

    @Override
    public String toString() {
        return (entry == null ? "" : entry + (attribute == null ? "" : ", " + attribute) + ": ") + message;
    }
}
