package org.supervision.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class NodeSnapshotTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicInteger reads = new AtomicInteger();
    Set<String> inDatabase = Set.of("supervisors");
    final Supplier<Set<String>> database = () -> {
        reads.incrementAndGet();
        return inDatabase;
    };

    @Test
    void readsOnceAndServesTheAnswerUntilItIsTooOld() {
        NodeSnapshot<Set<String>> groups = new NodeSnapshot<>(Duration.ofSeconds(10), nanos::get);

        assertThat(groups.get(database)).containsExactly("supervisors");
        inDatabase = Set.of("supervisors", "hr");
        nanos.addAndGet(Duration.ofMillis(9_999).toNanos());
        assertThat(groups.get(database)).containsExactly("supervisors");
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(groups.get(database)).containsExactlyInAnyOrder("supervisors", "hr");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeThisNodeMadeThatTheReadingDoesNotShowMakesTheNextCallReadAgain() {
        NodeSnapshot<Set<String>> groups = new NodeSnapshot<>(Duration.ofSeconds(10), nanos::get);
        groups.get(database);

        groups.discardIf(known -> !known.contains("supervisors"));
        groups.get(database);
        assertThat(reads).as("a group already known changes nothing").hasValue(1);

        inDatabase = Set.of("supervisors", "hr");
        groups.discardIf(known -> !known.contains("hr"));
        assertThat(groups.get(database)).contains("hr");
        assertThat(reads).hasValue(2);
    }

    @Test
    void zeroMaxAgeReadsEveryTime() {
        NodeSnapshot<Set<String>> groups = new NodeSnapshot<>(Duration.ZERO, nanos::get);

        groups.get(database);
        groups.get(database);

        assertThat(reads).hasValue(2);
    }
}
