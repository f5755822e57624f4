package org.supervision.appraisal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPlanObjectiveRepository extends JpaRepository<WorkPlanObjective, Long> {

    List<WorkPlanObjective> findByWorkPlanIdOrderByPositionAsc(Long workPlanId);

    List<WorkPlanObjective> findByWorkPlanIdIn(Collection<Long> workPlanIds);
}
