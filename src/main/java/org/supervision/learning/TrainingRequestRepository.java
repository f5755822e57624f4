package org.supervision.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingRequestRepository extends JpaRepository<TrainingRequest, Long> {

    List<TrainingRequest> findByStaffIdOrderByIdAsc(String staffId);
}
