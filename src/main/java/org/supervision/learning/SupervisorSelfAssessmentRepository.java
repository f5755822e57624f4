package org.supervision.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisorSelfAssessmentRepository extends JpaRepository<SupervisorSelfAssessment, Long> {

    List<SupervisorSelfAssessment> findBySupervisorIdOrderByIdAsc(String supervisorId);
}
