package org.supervision.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.supervision.staff.SupervisionType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionSessionRepository extends JpaRepository<SupervisionSession, Long> {

    List<SupervisionSession> findByStaffIdOrderByDueOnAscIdAsc(String staffId);

    Optional<SupervisionSession> findFirstByStaffIdAndSupervisionTypeOrderBySequenceNumberDesc(String staffId,
                                                                                           SupervisionType type);

    List<SupervisionSession> findByStaffIdAndSupervisionTypeAndStatusIn(String staffId, SupervisionType type,
                                                                        Collection<SessionStatus> statuses);
}
