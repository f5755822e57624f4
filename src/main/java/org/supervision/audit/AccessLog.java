package org.supervision.audit;

import org.supervision.shared.SupervisionClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one line to {@code record_access_log} and to the audit log per read of a
 * supervision record, granted or refused, in its own transaction so that a refused or
 * failing read still leaves it.
 */
@Component
public class AccessLog {

    private final RecordAccessRepository log;
    private final AuditTrail trail;
    private final SupervisionClock clock;

    AccessLog(RecordAccessRepository log, AuditTrail trail, SupervisionClock clock) {
        this.log = log;
        this.trail = trail;
        this.clock = clock;
    }

    /** {@code reason}: the need-to-know reason a director gave, where one is required. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String userId, String subjectStaffId, String resource, boolean granted, String basis,
                       String reason) {
        log.save(new RecordAccess(clock.now(), userId, subjectStaffId, resource, granted, basis));
        trail.append(userId, granted ? "READ" : "READ_REFUSED", "SupervisionRecord", resource, subjectStaffId, reason,
                "basis=" + basis);
    }
}
