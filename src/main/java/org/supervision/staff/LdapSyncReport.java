package org.supervision.staff;

import java.time.Instant;
import java.util.List;

/**
 * What one sync with the LDAP directory did: accepted (with the counts the CSV import reports
 * and the staff members given a leaving date), rejected (nothing stored; every problem, each
 * naming the entry and attribute), or failed (the directory could not be read; the message).
 */
public record LdapSyncReport(Outcome outcome, Instant startedAt, Instant finishedAt, String triggeredBy,
                             int entriesRead, int created, int updated, int unchanged,
                             List<String> leavers, List<LdapSyncProblem> problems, String message) {

    public enum Outcome { ACCEPTED, REJECTED, FAILED }

    public LdapSyncReport {
        leavers = List.copyOf(leavers);
        problems = List.copyOf(problems);
    }
}
