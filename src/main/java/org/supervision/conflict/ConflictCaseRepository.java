package org.supervision.conflict;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConflictCaseRepository extends JpaRepository<ConflictCase, Long> {

    boolean existsByOpenKey(String openKey);

    ConflictCase findByOpenKey(String openKey);

    /** Cases a user takes part in, leads from stage 2, or (HR) that reached HR. */
    @Query("""
            select c from ConflictCase c
            where c.superviseeId = :userId or c.supervisorId = :userId
               or (c.stage >= 2 and c.lineManagerId = :userId)
               or (:hr = true and c.reachedHrAt is not null)
            order by c.raisedAt desc""")
    List<ConflictCase> visibleTo(String userId, boolean hr);

    List<ConflictCase> findBySuperviseeIdOrderByRaisedAtAsc(String superviseeId);

}
