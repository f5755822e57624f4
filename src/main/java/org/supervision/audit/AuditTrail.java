package org.supervision.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervision.shared.SupervisionClock;

/**
 * The tamper-evident audit log ({@link AuditChain}: each entry hashed over its content and
 * the previous entry's hash, and MACed under a key the database does not hold). Appends join
 * the caller's transaction: a change that rolls back leaves no entry.
 *
 * <p>The chain has one head, so writers from every node and thread take turns on its row
 * lock. A transaction's entries are therefore collected while it runs and chained in one
 * go just before it commits: the lock is held for three statements at the end of each
 * transaction, not from its first domain write to its commit.
 */
@Component
public class AuditTrail {

    private final AuditChain chain;
    private final SupervisionClock clock;
    private final TransactionTemplate ownTransaction;
    private final EntityManagerFactory entityManagerFactory;

    AuditTrail(AuditChain chain, SupervisionClock clock, PlatformTransactionManager transactions,
               EntityManagerFactory entityManagerFactory) {
        this.chain = chain;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.entityManagerFactory = entityManagerFactory;
    }

    /** {@code keyId} and {@code mac} are null for entries written before the chain had keys. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
                        String subjectStaffId, String reason, String details, String previousHash, String hash,
                        String keyId, String mac) {

        Entry chained(long newId, String newPreviousHash, String newHash, String newKeyId, String newMac) {
            return new Entry(newId, occurredAt, actor, action, recordType, recordId, subjectStaffId, reason, details,
                    newPreviousHash, newHash, newKeyId, newMac);
        }
    }

    public void append(String actor, String action, String recordType, String recordId, String subjectStaffId,
                       String reason, String details) {
        Entry entry = new Entry(0, Instant.ofEpochMilli(clock.now().toEpochMilli()), actor, action, recordType, recordId,
                subjectStaffId, clip(reason), clip(details), null, null, null, null);
        SessionImplementor session = transactionalSession();
        if (session == null) {
            ownTransaction.executeWithoutResult(status -> chain.append(List.of(entry)));
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
            chain.append(entries);
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor completed) {
            TransactionSynchronizationManager.unbindResourceIfPossible(session);
        }
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3997) + "...";
    }
}
