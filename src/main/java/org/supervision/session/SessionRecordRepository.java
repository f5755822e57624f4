package org.supervision.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

    List<SessionRecord> findBySessionIdOrderByRecordVersionAsc(Long sessionId);

    Optional<SessionRecord> findFirstBySessionIdOrderByRecordVersionDesc(Long sessionId);

    /** Disputes of this supervisee's records not yet put on a later session's agenda. */
    @Query("""
            select r from SessionRecord r, SupervisionSession s
            where r.sessionId = s.id and s.staffId = ?1 and s.supervisionType = ?2
              and r.status = org.supervision.session.RecordStatus.DISPUTED and r.discussedInSessionId is null
            order by r.recordedAt""")
    List<SessionRecord> findOpenDisputes(String staffId, org.supervision.staff.SupervisionType type);
}
