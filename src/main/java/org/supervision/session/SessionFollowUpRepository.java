package org.supervision.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionFollowUpRepository extends JpaRepository<SessionFollowUp, Long> {

    List<SessionFollowUp> findBySessionIdOrderByFollowedAtAsc(Long sessionId);
}
