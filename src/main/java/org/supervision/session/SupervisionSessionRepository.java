package org.supervision.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.supervision.staff.SupervisionType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupervisionSessionRepository extends JpaRepository<SupervisionSession, Long> {

    List<SupervisionSession> findByStaffIdOrderByDueOnAscIdAsc(String staffId);

    /** The sessions of several supervisees in one query, for the workspace's lists. */
    List<SupervisionSession> findByStaffIdInOrderByDueOnAscIdAsc(Collection<String> staffIds);

    /** The supervisee's latest session of this type: read whenever a cycle plans its next session. */
    default Optional<SupervisionSession> latestOf(String staffId, SupervisionType type) {
        return newestFirst(staffId, type, Limit.of(1)).stream().findFirst();
    }

    // JPQL rather than a derived query: Hibernate caches the plan of a query string only
    @Query("select s from SupervisionSession s where s.staffId = ?1 and s.supervisionType = ?2 order by s.sequenceNumber desc")
    List<SupervisionSession> newestFirst(String staffId, SupervisionType type, Limit limit);

    List<SupervisionSession> findByStaffIdAndSupervisionTypeAndStatusIn(String staffId, SupervisionType type,
                                                                        Collection<SessionStatus> statuses);

    /** Booked sessions from the given time on in which the person is supervisee or supervisor: their calendar feed. */
    @Query("select s from SupervisionSession s where s.status = org.supervision.session.SessionStatus.BOOKED"
            + " and s.startsAt >= ?2 and (s.staffId = ?1 or s.bookedBy = ?1) order by s.startsAt")
    List<SupervisionSession> bookedFrom(String staffId, java.time.Instant from);
}
