package org.supervision.group;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.supervision.audit.AccessLog;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.SupervisionRelationshipRepository;

/**
 * Who may read what a group session recorded for one member (the items for their own record,
 * their learning needs): that member and their current supervisors, as for a 1:1 record's
 * holders. Not the rest of the group, the facilitator once it is written, or the line above:
 * the items are about one person's practice. Every read is logged, refusals too.
 */
@Component
class GroupRecordAccess {

    enum Basis { SELF, SUPERVISOR, NONE }

    private final SupervisionRelationshipRepository relationships;
    private final AccessLog log;
    private final SupervisionClock clock;

    GroupRecordAccess(SupervisionRelationshipRepository relationships, AccessLog log, SupervisionClock clock) {
        this.relationships = relationships;
        this.log = log;
        this.clock = clock;
    }

    void check(String userId, String staffId, String what) {
        Basis basis = basis(userId, staffId);
        log.record(userId, staffId, what, basis != Basis.NONE, basis.name(), null);
        if (basis == Basis.NONE) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    userId + " may not read what group sessions recorded for " + staffId
                            + ": only the member and their supervisor may"), null);
        }
    }

    private Basis basis(String userId, String staffId) {
        if (userId.equals(staffId)) {
            return Basis.SELF;
        }
        boolean supervises = relationships.findBySuperviseeId(staffId).stream()
                .anyMatch(r -> r.isValidOn(clock.today()) && r.getSupervisorId().equals(userId));
        return supervises ? Basis.SUPERVISOR : Basis.NONE;
    }
}
