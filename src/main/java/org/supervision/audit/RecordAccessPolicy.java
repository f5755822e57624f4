package org.supervision.audit;

import java.time.LocalDate;
import org.supervision.shared.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.springframework.stereotype.Component;

/**
 * Who may read a supervisee's agreements and session records (004 §10, DOMAIN.md §6):
 * the supervisee, their current supervisors, and the line-management chain above them,
 * which monitors the quantity and quality of supervision. Every decision is logged,
 * refusals included.
 */
@Component
public class RecordAccessPolicy {

    public enum Basis { SELF, SUPERVISOR, LINE_MANAGEMENT_CHAIN, NONE }

    private final Routing routing;
    private final SupervisionRelationshipRepository relationships;
    private final AccessLog log;
    private final SupervisionClock clock;

    RecordAccessPolicy(Routing routing, SupervisionRelationshipRepository relationships,
                       AccessLog log, SupervisionClock clock) {
        this.routing = routing;
        this.relationships = relationships;
        this.log = log;
        this.clock = clock;
    }

    /** Logs the read and throws {@link RecordAccessDeniedException} when the user may not make it. */
    public Basis check(String userId, String staffId, String resource) {
        Basis basis = basis(userId, staffId);
        log.record(userId, staffId, resource, basis != Basis.NONE, basis.name());
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
