package org.supervision.conflict;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictStatementRepository extends JpaRepository<ConflictStatement, Long> {

    List<ConflictStatement> findByCaseIdOrderByMadeAtAscIdAsc(Long caseId);
}
