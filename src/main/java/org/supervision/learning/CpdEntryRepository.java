package org.supervision.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CpdEntryRepository extends JpaRepository<CpdEntry, Long> {

    List<CpdEntry> findByStaffIdOrderByActivityDateAscIdAsc(String staffId);

    boolean existsByStaffIdAndCategory(String staffId, TrainingCategory category);
}
