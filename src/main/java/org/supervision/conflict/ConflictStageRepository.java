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
}
