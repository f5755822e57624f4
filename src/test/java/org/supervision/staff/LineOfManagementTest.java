package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one walk of line management that compliance figures, inspection packs and task
 * hand-overs share: a director, two managers, their reports, and a damaged pair who name each
 * other as line manager.
 */
class LineOfManagementTest {

    record Row(String id, String lineManagerId) {
    }

    private final LineOfManagement line = LineOfManagement.of(List.of(
            new Row("dir", null), new Row("m1", "dir"), new Row("m2", "dir"),
            new Row("a", "m1"), new Row("b", "m1"), new Row("c", "m2"), new Row("d", "a"),
            new Row("x", "y"), new Row("y", "x")), Row::id, Row::lineManagerId);

    @Test
    void everyoneBelowAManagerAtAnyDepthNearestLevelsFirstAndTheManagersAboveAPersonNearestFirst() {
        assertThat(line.below("dir")).containsExactly("m1", "m2", "a", "b", "c", "d");
        assertThat(line.below("m1")).containsExactly("a", "b", "d");
        assertThat(line.below("d")).isEmpty();
        assertThat(line.above("d")).containsExactly("a", "m1", "dir");
        assertThat(line.above("dir")).isEmpty();
        assertThat(line.isBelow("d", "dir")).isTrue();
        assertThat(line.isBelow("c", "m1")).isFalse();
        assertThat(line.directReports("m1")).containsExactly("a", "b");
        assertThat(line.hasReports("m2")).isTrue();
        assertThat(line.hasReports("c")).isFalse();
    }

    @Test
    void aCycleInADamagedDirectoryEndsTheWalkWithoutCountingAPersonAboveOrBelowThemselves() {
        assertThat(line.below("x")).containsExactly("y");
        assertThat(line.above("x")).containsExactly("y");
        assertThat(line.isBelow("x", "x")).isFalse();
    }
}
