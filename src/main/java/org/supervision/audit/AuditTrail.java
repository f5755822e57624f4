package org.supervision.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervision.shared.SupervisionClock;

/**
 * The tamper-evident audit log: each entry stores a SHA-256 hash over its own content and
 * the previous entry's hash, so changing or removing any entry breaks every link after
 * it. Appends join the caller's transaction: a change that rolls back leaves no entry.
 *
 * <p>The chain has one head, so writers from every node and thread take turns on its row
 * lock. A transaction's entries are therefore collected while it runs and chained in one
 * go just before it commits: the lock is held for three statements at the end of each
 * transaction, not from its first domain write to its commit.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final SupervisionClock clock;
    private final TransactionTemplate ownTransaction;
    private final EntityManagerFactory entityManagerFactory;

    AuditTrail(JdbcTemplate jdbc, SupervisionClock clock, PlatformTransactionManager transactions,
               EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.entityManagerFactory = entityManagerFactory;
    }

    public record Entry(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
                        String subjectStaffId, String reason, String details, String previousHash, String hash) {
    }

    public void append(String actor, String action, String recordType, String recordId, String subjectStaffId,
                       String reason, String details) {
        Entry entry = new Entry(0, Instant.ofEpochMilli(clock.now().toEpochMilli()), actor, action, recordType, recordId,
                subjectStaffId, clip(reason), clip(details), null, null);
        SessionImplementor session = transactionalSession();
        if (session == null) {
            ownTransaction.executeWithoutResult(status -> chain(List.of(entry)));
            return;
        }
        PendingEntries pending = (PendingEntries) TransactionSynchronizationManager.getResource(session);
        if (pending == null) {
            pending = new PendingEntries(session);
            TransactionSynchronizationManager.bindResource(session, pending);
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) pending);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) pending);
        }
        pending.entries.add(entry);
    }

    /** The JPA session of the running transaction, if there is one. */
    private SessionImplementor transactionalSession() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
        return entityManager == null ? null : entityManager.unwrap(SessionImplementor.class);
    }

    /**
     * A transaction's entries, chained by Hibernate after its last flush and right before the
     * commit (as Hibernate Envers writes its audit rows), so domain changes flushed by the
     * commit itself are in the chain too.
     */
    private final class PendingEntries implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

        private final SessionImplementor session;
        private final List<Entry> entries = new ArrayList<>();

        PendingEntries(SessionImplementor session) {
            this.session = session;
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor completing) {
            chain(entries);
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor completed) {
            TransactionSynchronizationManager.unbindResourceIfPossible(session);
        }
    }

    private void chain(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // the head row's lock makes appends from every node and thread take turns
        Map<String, Object> head = jdbc.queryForMap("select last_id, last_hash from audit_chain_head where id = 1 for update");
        long id = ((Number) head.get("last_id")).longValue();
        String previous = (String) head.get("last_hash");
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry draft : entries) {
            id++;
            Entry entry = new Entry(id, draft.occurredAt(), draft.actor(), draft.action(), draft.recordType(),
                    draft.recordId(), draft.subjectStaffId(), draft.reason(), draft.details(), previous, null);
            String hash = hashOf(entry);
            rows.add(new Object[] {id, Timestamp.from(entry.occurredAt()), entry.actor(), entry.action(), entry.recordType(),
                    entry.recordId(), entry.subjectStaffId(), entry.reason(), entry.details(), previous, hash});
            previous = hash;
        }
        jdbc.batchUpdate("insert into audit_log (id, occurred_at, actor, action, record_type, record_id, subject_staff_id, "
                + "reason, details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", id, previous);
    }

    static String hashOf(Entry entry) {
        String content = String.join("\u001f", Long.toString(entry.id()), Long.toString(entry.occurredAt().toEpochMilli()),
                entry.actor(), entry.action(), entry.recordType(), nullToEmpty(entry.recordId()),
                nullToEmpty(entry.subjectStaffId()), nullToEmpty(entry.reason()), nullToEmpty(entry.details()),
                entry.previousHash());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3997) + "...";
    }
}
