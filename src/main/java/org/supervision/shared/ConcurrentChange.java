package org.supervision.shared;

import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Recognises the loser of two simultaneous changes to the same task or record: the
 * second writer finds the row changed (Camunda's optimistic locking on the task, JPA's
 * {@code @Version} on our records), or on H2 times out waiting for the winner's row lock. Either way the user's answer is the
 * same: someone else was quicker, reload and look again.
 */
public final class ConcurrentChange {

    /** H2 lock timeout; PostgreSQL serialization failure, deadlock, lock not available. */
    private static final Set<String> LOCK_CONFLICT_STATES = Set.of("HYT00", "40001", "40P01", "55P03");

    private ConcurrentChange() {
    }

    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
                    || cause instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && LOCK_CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost race as the user sees it: either the database noticed (above), or the winner
     * committed first and the loser then found the record already answered or locked.
     * Which of the two happens depends on timing and on the database's locking.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictingChangeException) {
                return true;
            }
        }
        return isConcurrentChange(failure);
    }
}
