package org.supervision.engine;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A fact about the whole database as this node last read it, served until it is older than
 * the maximum age or this node learns that it has changed. For facts Camunda reads in every
 * command that change only when an administrator edits authorizations.
 */
final class NodeSnapshot<T> {

    private record Reading<T>(T value, long readAt) {
    }

    private final long maxAgeNanos;
    private final LongSupplier ticker;
    private volatile Reading<T> reading;

    NodeSnapshot(Duration maxAge, LongSupplier ticker) {
        this.maxAgeNanos = maxAge.toNanos();
        this.ticker = ticker;
    }

    T get(Supplier<T> readFromDatabase) {
        Reading<T> current = reading;
        long now = ticker.getAsLong();
        if (current == null || now - current.readAt() >= maxAgeNanos) {
            // the time before the read: a change committed during the read counts as unseen
            current = new Reading<>(readFromDatabase.get(), now);
            reading = current;
        }
        return current.value();
    }

    /** This node changed the database in a way the last reading may not show: read again next time. */
    void discardIf(Predicate<T> outdated) {
        Reading<T> current = reading;
        if (current != null && outdated.test(current.value())) {
            reading = null;
        }
    }
}
