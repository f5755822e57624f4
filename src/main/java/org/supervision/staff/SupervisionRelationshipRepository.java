package org.supervision.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionRelationshipRepository extends JpaRepository<SupervisionRelationship, Long> {

    List<SupervisionRelationship> findBySuperviseeId(String superviseeId);

    List<SupervisionRelationship> findBySuperviseeIdAndType(String superviseeId, SupervisionType type);

    List<SupervisionRelationship> findBySupervisorId(String supervisorId);
}
