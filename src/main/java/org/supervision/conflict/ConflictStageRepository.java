package org.supervision.conflict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictStageRepository extends JpaRepository<ConflictStage, Long> {

    List<ConflictStage> findByCaseIdOrderByStageAsc(Long caseId);

    Optional<ConflictStage> findByCaseIdAndStage(Long caseId, int stage);
}
