package org.supervision.staff;

import java.time.LocalDate;
import org.supervision.shared.SupervisionClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a supervisee's supervisor of one type from today, keeping the history: the
 * current relationship ends yesterday, a new one starts today. Every step routed after
 * this goes to the new supervisor. (The next directory import must agree, or it puts the
 * old relationship back: HR updates the source too.)
 */
@Service
public class SupervisorChange {

    private final SupervisionRelationshipRepository relationships;
    private final StaffMemberRepository staff;
    private final IdentitySync identitySync;
    private final SupervisionClock clock;

    SupervisorChange(SupervisionRelationshipRepository relationships, StaffMemberRepository staff,
                     IdentitySync identitySync, SupervisionClock clock) {
        this.relationships = relationships;
        this.staff = staff;
        this.identitySync = identitySync;
        this.clock = clock;
    }

    /** Why {@code candidate} cannot supervise {@code superviseeId}, or null when they can. */
    public String problemWith(String superviseeId, SupervisionType type, String candidate) {
        LocalDate today = clock.today();
        if (candidate.equals(superviseeId)) {
            return "a staff member cannot supervise themselves";
        }
        if (staff.findById(candidate).filter(member -> member.isActiveOn(today)).isEmpty()) {
            return "'" + candidate + "' is not a current member of staff";
        }
        boolean alreadySupervises = relationships.findBySuperviseeIdAndType(superviseeId, type).stream()
                .anyMatch(r -> r.isValidOn(today) && r.getSupervisorId().equals(candidate));
        return alreadySupervises ? "'" + candidate + "' is already the " + type.name().toLowerCase() + " supervisor" : null;
    }

    @Transactional
    public void change(String superviseeId, SupervisionType type, String newSupervisorId) {
        String problem = problemWith(superviseeId, type, newSupervisorId);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        LocalDate today = clock.today();
        relationships.findBySuperviseeIdAndType(superviseeId, type).stream()
                .filter(r -> r.isValidOn(today))
                .forEach(r -> r.updateValidTo(today.minusDays(1)));
        relationships.save(new SupervisionRelationship(superviseeId, newSupervisorId, type, today, null));
        relationships.flush();
        identitySync.syncAll();
    }
}
