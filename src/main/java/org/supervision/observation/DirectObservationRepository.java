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
}
