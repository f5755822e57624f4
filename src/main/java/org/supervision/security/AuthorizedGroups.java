package org.supervision.security;

import java.time.Duration;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The ids of the groups that hold at least one authorization, as this node last read them.
 * Camunda reads them in every command of a logged-in user to leave out the user's groups
 * that cannot matter; the query scans the whole authorization table, which has a row per
 * open task's assignee (about 4 ms at 40,000 rows on the build machine), while the answer
 * changes only when a group is granted or denied something for the first time.
 */
final class AuthorizedGroups {

    private record Snapshot(Set<String> groups, long readAt) {
    }

    private final long maxAgeNanos;
    private final LongSupplier ticker;
    private volatile Snapshot snapshot;

    AuthorizedGroups(Duration maxAge, LongSupplier ticker) {
        this.maxAgeNanos = maxAge.toNanos();
        this.ticker = ticker;
    }

    Set<String> get(Supplier<Set<String>> readFromDatabase) {
        Snapshot current = snapshot;
        long now = ticker.getAsLong();
        if (current == null || now - current.readAt() >= maxAgeNanos) {
            // the time before the read: a grant committed during the read counts as unseen
            current = new Snapshot(Set.copyOf(readFromDatabase.get()), now);
            snapshot = current;
        }
        return current.groups();
    }

    /** A group this node has not seen with an authorization got one: read again next time. */
    void noteGroupAuthorized(String groupId) {
        Snapshot current = snapshot;
        if (groupId != null && current != null && !current.groups().contains(groupId)) {
            snapshot = null;
        }
    }
}
