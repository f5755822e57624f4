package org.supervision.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AsyeCompletionRepository extends JpaRepository<AsyeCompletion, Long> {

    List<AsyeCompletion> findByStaffIdOrderByIdAsc(String staffId);

    Optional<AsyeCompletion> findFirstByStaffIdOrderByIdDesc(String staffId);

    boolean existsByStaffIdAndOutcome(String staffId, AsyeCompletion.Outcome outcome);
}
