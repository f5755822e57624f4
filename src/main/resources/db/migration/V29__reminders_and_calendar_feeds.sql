-- Reminders that reach people (org.supervision.mail, org.supervision.reminder) and personal
-- calendar feeds (org.supervision.calendar). Same SQL on H2 and PostgreSQL.

-- Which reminders a person wants by e-mail and on which weekday their weekly digest comes.
-- No row: every reminder, digest on Monday.
create table reminder_preference (
    staff_id           varchar(64) primary key references staff_member (id),
    session_due        boolean     not null,
    session_overdue    boolean     not null,
    record_to_confirm  boolean     not null,
    observation_due    boolean     not null,
    appraisal_due      boolean     not null,
    weekly_digest      boolean     not null,
    digest_day         varchar(9)  not null,
    updated_at         timestamp   not null
);

-- The ledger of reminder and digest mails: one row per occurrence (for example
-- "session-overdue:12:jsmith" or "digest:rkhan:2026-12-07"), inserted in the transaction that
-- decides to send, before the mail leaves. The primary key makes a second node, or a retried
-- job, find the row and send nothing.
create table sent_reminder (
    occurrence varchar(200) primary key,
    staff_id   varchar(64)  not null,
    kind       varchar(30)  not null,
    sent_at    timestamp    not null
);
create index ix_sent_reminder_staff on sent_reminder (staff_id, sent_at);

-- A person's calendar feed: the SHA-256 of the secret in its address, never the secret itself.
-- One feed per person; renewing replaces the hash, stopping deletes the row.
create table calendar_feed (
    staff_id   varchar(64) primary key references staff_member (id),
    token_hash varchar(64) not null unique,
    created_at timestamp   not null
);
