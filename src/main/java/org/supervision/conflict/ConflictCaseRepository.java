package org.supervision.conflict;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ConflictCaseRepository extends JpaRepository<ConflictCase, Long> {

    /**
     * The case, with its row locked until the transaction ends: two people moving the same
     * case at once are then served one after the other, and the second sees the first's change.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ConflictCase c where c.id = :id")
    Optional<ConflictCase> findForUpdate(long id);

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

    /** HR's queue: every case that reached HR, open or decided, the longest waiting first. */
    List<ConflictCase> findByReachedHrAtIsNotNullOrderByReachedHrAtAscIdAsc();

    /** The open cases about these supervisees, in one query. */
    List<ConflictCase> findBySuperviseeIdInAndClosedAtIsNull(java.util.Collection<String> superviseeIds);

}
