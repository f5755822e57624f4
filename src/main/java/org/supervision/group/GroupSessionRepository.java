package org.supervision.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {

    List<GroupSession> findByGroupIdOrderByDueOnAsc(Long groupId);

    List<GroupSession> findByIdIn(Collection<Long> ids);

    Optional<GroupSession> findFirstByGroupIdAndHeldOnNotNullOrderByHeldOnDesc(Long groupId);
}
