package org.supervision.audit;

import org.supervision.shared.SupervisionClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one line to {@code record_access_log} per read of a supervision record, granted
 * or refused, in its own transaction so that a refused or failing read still leaves it.
 */
@Component
public class AccessLog {

    private final RecordAccessRepository log;
    private final SupervisionClock clock;

    AccessLog(RecordAccessRepository log, SupervisionClock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String userId, String subjectStaffId, String resource, boolean granted, String basis) {
        log.save(new RecordAccess(clock.now(), userId, subjectStaffId, resource, granted, basis));
    }
}
