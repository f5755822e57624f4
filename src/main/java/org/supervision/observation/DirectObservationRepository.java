package org.supervision.observation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectObservationRepository extends JpaRepository<DirectObservation, Long> {

    List<DirectObservation> findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc(String staffId);

    /** The worker's observations in a status, e.g. those whose feedback waits for the next session. */
    List<DirectObservation> findByStaffIdAndStatusOrderByPlannedByAsc(String staffId, ObservationStatus status);

    /** Observations of a year still running on the day: a year is planned only when none is. */
    boolean existsByStaffIdAndYearStartsOnGreaterThan(String staffId, LocalDate after);

    /** Booked observations from the given time on in which the person is observed or observes: their calendar feed. */
    @org.springframework.data.jpa.repository.Query("select o from DirectObservation o where"
            + " o.status = org.supervision.observation.ObservationStatus.BOOKED and o.bookedAt >= ?2"
            + " and (o.staffId = ?1 or o.observerId = ?1) order by o.bookedAt")
    List<DirectObservation> bookedFrom(String staffId, java.time.Instant from);
}
