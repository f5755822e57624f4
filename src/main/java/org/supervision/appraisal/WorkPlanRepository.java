package org.supervision.appraisal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    List<WorkPlan> findByStaffIdOrderByPlanNumberAsc(String staffId);

    Optional<WorkPlan> findFirstByStaffIdAndAgreedAtIsNotNullOrderByPlanNumberDesc(String staffId);
}
