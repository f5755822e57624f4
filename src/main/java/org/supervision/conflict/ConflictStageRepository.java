package org.supervision.conflict;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictStageRepository extends JpaRepository<ConflictStage, Long> {

    List<ConflictStage> findByCaseIdOrderByStageAsc(Long caseId);

    Optional<ConflictStage> findByCaseIdAndStage(Long caseId, int stage);

    /** Every stage of these cases: HR's queue reads them in one query, not one per case. */
    List<ConflictStage> findByCaseIdIn(Collection<Long> caseIds);

    /** The cases with a three-way meeting to come in which the person takes part: their calendar feed. */
    @org.springframework.data.jpa.repository.Query("select distinct c, c.id from ConflictCase c, ConflictStage st"
            + " where st.caseId = c.id and st.meetingAt >= ?2 and st.meetingHeldOn is null and st.endedAt is null"
            + " and (c.superviseeId = ?1 or c.supervisorId = ?1 or c.lineManagerId = ?1)")
    List<Object[]> meetingsFrom(String staffId, java.time.Instant from);
}
