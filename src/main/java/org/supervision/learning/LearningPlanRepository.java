package org.supervision.learning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LearningPlanRepository extends JpaRepository<LearningPlan, Long> {

    Optional<LearningPlan> findByStaffId(String staffId);

    java.util.List<LearningPlan> findByStaffIdIn(java.util.Collection<String> staffIds);
}
