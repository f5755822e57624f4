package org.supervision.audit;

import java.time.LocalDate;
import org.supervision.security.Roles;
import org.supervision.staff.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.springframework.stereotype.Component;

/**
 * Who may read a supervisee's agreements and session records:
 * the supervisee, their current supervisors, and the line-management chain above them,
 * which monitors the quantity and quality of supervision; a director only through a
 * need-to-know grant ({@link NeedToKnowAccess}). Every decision is logged,
 * refusals included.
 */
@Component
public class RecordAccessPolicy {

    public enum Basis { SELF, SUPERVISOR, LINE_MANAGEMENT_CHAIN, NEED_TO_KNOW, AUTHOR, NONE }

    private final Routing routing;
    private final SupervisionRelationshipRepository relationships;
    private final AccessLog log;
    private final RecordAccessGrantRepository grants;
    private final Roles roles;
    private final SupervisionClock clock;

    RecordAccessPolicy(Routing routing, SupervisionRelationshipRepository relationships, AccessLog log,
                       RecordAccessGrantRepository grants, Roles roles, SupervisionClock clock) {
        this.routing = routing;
        this.relationships = relationships;
        this.log = log;
        this.grants = grants;
        this.roles = roles;
        this.clock = clock;
    }

    /** Logs the read and throws {@link RecordAccessDeniedException} when the user may not make it. */
    public Basis check(String userId, String staffId, String resource) {
        return decide(userId, staffId, resource, basis(userId, staffId));
    }

    /**
     * As {@link #check}, and the record's author reads what they wrote even when they are not
     * among those above: a practice educator who observed a worker's practice, for instance.
     */
    public Basis checkAuthor(String userId, String staffId, String authorId, String resource) {
        Basis basis = basis(userId, staffId);
        return decide(userId, staffId, resource, basis == Basis.NONE && userId.equals(authorId) ? Basis.AUTHOR : basis);
    }

    private Basis decide(String userId, String staffId, String resource, Basis basis) {
        String reason = basis == Basis.NEED_TO_KNOW ? validGrant(userId, staffId).orElseThrow().describe() : null;
        log.record(userId, staffId, resource, basis != Basis.NONE, basis.name(), reason);
        if (basis == Basis.NONE) {
            throw new RecordAccessDeniedException(userId, staffId);
        }
        return basis;
    }

    Basis basis(String userId, String staffId) {
        if (userId.equals(staffId)) {
            return Basis.SELF;
        }
        if (roles.isDirector(userId)) {
            // a director reads only on a need-to-know basis, even where they head the line
            return validGrant(userId, staffId).isPresent() ? Basis.NEED_TO_KNOW : Basis.NONE;
        }
        LocalDate today = clock.today();
        boolean supervises = relationships.findBySuperviseeId(staffId).stream()
                .anyMatch(r -> r.isValidOn(today) && r.getSupervisorId().equals(userId));
        if (supervises) {
            return Basis.SUPERVISOR;
        }
        return inLineManagementChain(userId, staffId) ? Basis.LINE_MANAGEMENT_CHAIN : Basis.NONE;
    }

    private java.util.Optional<RecordAccessGrant> validGrant(String userId, String staffId) {
        return grants.findByStaffIdAndDirectorId(staffId, userId).stream()
                .filter(grant -> grant.isValidAt(clock.now())).findFirst();
    }

    private boolean inLineManagementChain(String userId, String staffId) {
        return routing.lineManagementChain(staffId).stream()
                .anyMatch(manager -> manager.getId().equals(userId) && manager.isActiveOn(clock.today()));
    }
}
