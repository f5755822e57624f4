package org.supervision.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One observation year of a worker: the count done (feedback discussed and signed by the
 * supervisor and the worker) against the count required, how many have been observed so far,
 * and the dates.
 */
record ObservationYear(LocalDate startsOn, LocalDate endsOn, int required, int done, int observed,
                       List<Observation> observations) {

    record Observation(int sequence, LocalDate plannedBy, ObservationStatus status, boolean overdue,
                       Instant bookedFor, LocalDate observedOn, Instant signedAt) {
    }

    /** Groups a worker's observations, oldest year first. */
    static List<ObservationYear> of(List<DirectObservation> all) {
        Map<LocalDate, List<DirectObservation>> byYear = new LinkedHashMap<>();
        all.forEach(o -> byYear.computeIfAbsent(o.getYearStartsOn(), start -> new ArrayList<>()).add(o));
        return byYear.values().stream().map(ObservationYear::ofYear).toList();
    }

    private static ObservationYear ofYear(List<DirectObservation> year) {
        DirectObservation first = year.get(0);
        int done = (int) year.stream().filter(o -> o.getStatus().done()).count();
        int observed = (int) year.stream().filter(o -> o.getStatus().observed()).count();
        return new ObservationYear(first.getYearStartsOn(), first.yearEndsOn(), first.getRequiredInYear(), done, observed,
                year.stream().map(o -> new Observation(o.getSequenceInYear(), o.getPlannedBy(), o.getStatus(),
                        o.isOverdue(), o.getBookedAt(), o.getHeldOn(), o.getWorkerSignedAt())).toList());
    }
}
