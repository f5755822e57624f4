package org.supervision.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.supervision.security.Roles;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a person's homes from the directory (whom they supervise and manage, as of
 * today) and from their groups (HR, auditors, directors). The pages check access again
 * themselves: a missing link is a convenience, never the protection.
 */
@Component
public class Viewers {

    private final StaffMemberRepository staff;
    private final SupervisionRelationshipRepository relationships;
    private final Roles roles;
    private final SupervisionClock clock;

    Viewers(StaffMemberRepository staff, SupervisionRelationshipRepository relationships, Roles roles, SupervisionClock clock) {
        this.staff = staff;
        this.relationships = relationships;
        this.roles = roles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Viewer of(String userId) {
        LocalDate today = clock.today();
        StaffMember member = staff.findById(userId).orElse(null);
        List<Home> homes = new ArrayList<>();
        homes.add(Home.TASKS);
        if (supervisesAnyone(userId, today)) {
            homes.add(Home.SUPERVISEES);
        }
        if (managesASupervisor(userId, today)) {
            homes.add(Home.TEAMS);
        }
        if (roles.isHr(userId)) {
            homes.add(Home.HR_CONFLICTS);
        }
        if (roles.isAuditor(userId)) {
            homes.add(Home.AUDIT_TRAIL);
        }
        if (roles.isDirector(userId)) {
            homes.add(Home.NEED_TO_KNOW);
        }
        if (managesAnyone(userId, today) || roles.isHr(userId) || roles.isDirector(userId) || roles.isAuditor(userId)) {
            homes.add(Home.INSPECTION_PACK);
        }
        if (member != null && member.isActiveOn(today)) {
            homes.add(Home.MY_SUPERVISION);
        }
        return new Viewer(userId, member == null ? userId : member.getFullName(), List.copyOf(homes));
    }

    boolean supervisesAnyone(String userId, LocalDate today) {
        return relationships.findBySupervisorId(userId).stream().anyMatch(r -> r.isValidOn(today));
    }

    /** A line manager of anyone: they may produce an inspection pack for their service. */
    boolean managesAnyone(String userId, LocalDate today) {
        return staff.findByLineManagerId(userId).stream().anyMatch(report -> report.isActiveOn(today));
    }

    /** A line manager of at least one person who supervises others: the "teams" view is theirs. */
    boolean managesASupervisor(String userId, LocalDate today) {
        return staff.findByLineManagerId(userId).stream()
                .filter(report -> report.isActiveOn(today))
                .anyMatch(report -> supervisesAnyone(report.getId(), today));
    }
}
