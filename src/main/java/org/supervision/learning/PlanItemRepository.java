package org.supervision.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByStaffIdOrderByIdAsc(String staffId);

    List<PlanItem> findByStatusOrderByStaffIdAscIdAsc(PlanItem.Status status);

    boolean existsByStaffIdAndSourceAndSourceRef(String staffId, String source, String sourceRef);
}
