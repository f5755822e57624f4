package org.supervision.audit;

import java.time.LocalDate;
import org.supervision.shared.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a supervisee's agreements and session records (004 §10, DOMAIN.md §6):
 * the supervisee, their current supervisors, and the line-management chain above them,
 * which monitors the quantity and quality of supervision. Every decision is logged,
 * refusals included, in its own transaction so a failing read still leaves its trace.
 */
@Component
public class RecordAccessPolicy {

    public enum Basis { SELF, SUPERVISOR, LINE_MANAGEMENT_CHAIN, NONE }

    private final Routing routing;
    private final SupervisionRelationshipRepository relationships;
    private final RecordAccessRepository log;
    private final SupervisionClock clock;

    RecordAccessPolicy(Routing routing, SupervisionRelationshipRepository relationships,
                       RecordAccessRepository log, SupervisionClock clock) {
        this.routing = routing;
        this.relationships = relationships;
        this.log = log;
        this.clock = clock;
    }

    /** Logs the read and throws {@link RecordAccessDeniedException} when the user may not make it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = RecordAccessDeniedException.class)
    public Basis check(String userId, String staffId, String resource) {
        Basis basis = basis(userId, staffId);
        log.save(new RecordAccess(clock.now(), userId, staffId, resource, basis != Basis.NONE, basis.name()));
        if (basis == Basis.NONE) {
            throw new RecordAccessDeniedException(userId, staffId);
        }
        return basis;
    }

    Basis basis(String userId, String staffId) {
        if (userId.equals(staffId)) {
            return Basis.SELF;
        }
        LocalDate today = clock.today();
        boolean supervises = relationships.findBySuperviseeId(staffId).stream()
                .anyMatch(r -> r.isValidOn(today) && r.getSupervisorId().equals(userId));
        if (supervises) {
            return Basis.SUPERVISOR;
        }
        return inLineManagementChain(userId, staffId) ? Basis.LINE_MANAGEMENT_CHAIN : Basis.NONE;
    }

    private boolean inLineManagementChain(String userId, String staffId) {
        return routing.lineManagementChain(staffId).stream()
                .anyMatch(manager -> manager.getId().equals(userId) && manager.isActiveOn(clock.today()));
    }
}
