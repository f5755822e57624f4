package org.supervision.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored {@link LdapSyncReport}; the lists as JSON text ({@link LdapSyncRuns}). */
@Entity
@Table(name = "ldap_sync_run")
class LdapSyncRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "triggered_by", nullable = false)
    private String triggeredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LdapSyncReport.Outcome outcome;

    @Column(name = "entries_read", nullable = false)
    private int entriesRead;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private String leavers;

    @Column(nullable = false)
    private String problems;

    private String message;

    protected LdapSyncRun() {
    }

    LdapSyncRun(LdapSyncReport report, String leaversJson, String problemsJson) {
        this.startedAt = report.startedAt();
        this.finishedAt = report.finishedAt();
        this.triggeredBy = report.triggeredBy();
        this.outcome = report.outcome();
        this.entriesRead = report.entriesRead();
        this.created = report.created();
        this.updated = report.updated();
        this.unchanged = report.unchanged();
        this.leavers = leaversJson;
        this.problems = problemsJson;
        this.message = report.message();
    }

    Long getId() { return id; }
    Instant getStartedAt() { return startedAt; }
    Instant getFinishedAt() { return finishedAt; }
    String getTriggeredBy() { return triggeredBy; }
    LdapSyncReport.Outcome getOutcome() { return outcome; }
    int getEntriesRead() { return entriesRead; }
    int getCreated() { return created; }
    int getUpdated() { return updated; }
    int getUnchanged() { return unchanged; }
    String getLeavers() { return leavers; }
    String getProblems() { return problems; }
    String getMessage() { return message; }
}
