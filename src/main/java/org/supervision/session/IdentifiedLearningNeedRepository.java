package org.supervision.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentifiedLearningNeedRepository extends JpaRepository<IdentifiedLearningNeed, Long> {

    List<IdentifiedLearningNeed> findByRecordIdOrderByIdAsc(Long recordId);

    List<IdentifiedLearningNeed> findByStaffIdOrderByIdentifiedOnAsc(String staffId);
}
