package org.supervision.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionActionRepository extends JpaRepository<SessionAction, Long> {

    List<SessionAction> findByRecordIdOrderByIdAsc(Long recordId);

    List<SessionAction> findByRecordIdInOrderByIdAsc(java.util.Collection<Long> recordIds);
}
