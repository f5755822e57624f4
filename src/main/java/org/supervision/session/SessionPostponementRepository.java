package org.supervision.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionPostponementRepository extends JpaRepository<SessionPostponement, Long> {

    List<SessionPostponement> findBySessionIdOrderByRecordedAtAsc(Long sessionId);

    List<SessionPostponement> findBySessionIdInOrderByRecordedAtAsc(java.util.Collection<Long> sessionIds);

    Optional<SessionPostponement> findFirstBySessionIdAndRebookedAtIsNullOrderByIdDesc(Long sessionId);
}
