package org.supervision.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

    List<SessionRecord> findBySessionIdOrderByRecordVersionAsc(Long sessionId);

    List<SessionRecord> findBySessionIdInOrderByRecordVersionAsc(Collection<Long> sessionIds);

    /**
     * One supervisee id per open dispute (disputed, not corrected, not yet on a later session's
     * agenda) among these supervisees' records, in one query.
     */
    @Query("""
            select s.staffId from SessionRecord r, SupervisionSession s
            where r.sessionId = s.id and s.staffId in ?1
              and r.status = org.supervision.session.RecordStatus.DISPUTED and r.discussedInSessionId is null""")
    List<String> openDisputesOf(Collection<String> staffIds);

    /** The session's current record version: read on every record and confirmation. */
    default Optional<SessionRecord> latestOf(Long sessionId) {
        return newestFirst(sessionId, Limit.of(1)).stream().findFirst();
    }

    // JPQL rather than a derived query: Hibernate caches the plan of a query string only
    @Query("select r from SessionRecord r where r.sessionId = ?1 order by r.recordVersion desc")
    List<SessionRecord> newestFirst(Long sessionId, Limit limit);

    /**
     * Disputed versions of this supervisee's records not yet put on a later session's agenda,
     * whether the supervisor kept the version or corrected it: either way the dispute is
     * discussed first at the next session.
     */
    @Query("""
            select r from SessionRecord r, SupervisionSession s
            where r.sessionId = s.id and s.staffId = ?1 and s.supervisionType = ?2
              and r.status in (org.supervision.session.RecordStatus.DISPUTED, org.supervision.session.RecordStatus.CORRECTED)
              and r.discussedInSessionId is null
            order by r.recordedAt""")
    List<SessionRecord> findDisputesToCarryForward(String staffId, org.supervision.staff.SupervisionType type);
}
