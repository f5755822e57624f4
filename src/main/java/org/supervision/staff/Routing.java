package org.supervision.staff;

import org.supervision.shared.SupervisionClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does a task: called from BPMN expressions ({@code ${routing.supervisorOf(staffId)}})
 * so that no user id is ever written into a model. Every answer is an active member of
 * staff on today's date; when there is none the call fails with a message saying whom
 * the organisation must add to the directory.
 */
@Component("routing")
@Transactional(readOnly = true)
public class Routing {

    private final StaffMemberRepository staff;
    private final SupervisionRelationshipRepository relationships;
    private final SecurityGroups groups;
    private final SupervisionClock clock;

    Routing(StaffMemberRepository staff, SupervisionRelationshipRepository relationships,
            SecurityGroups groups, SupervisionClock clock) {
        this.staff = staff;
        this.relationships = relationships;
        this.groups = groups;
        this.clock = clock;
    }

    /** The management (1:1) supervisor: normally the line manager. */
    public String supervisorOf(String staffId) {
        return supervisorOf(staffId, SupervisionType.MANAGEMENT.name());
    }

    public String supervisorOf(String staffId, String type) {
        SupervisionType supervisionType = SupervisionType.valueOf(type);
        StaffMember supervisee = activeMember(staffId);
        LocalDate day = supervisionDay(supervisee);
        return relationships.validWithActiveSupervisor(staffId, supervisionType, day).stream().findFirst()
                .map(SupervisionRelationship::getSupervisorId)
                .orElseThrow(() -> new RoutingException(supervisee.getFullName() + " (" + staffId
                        + ") has no active " + supervisionType.name().toLowerCase()
                        + " supervisor on " + day + ": add a supervision relationship to the staff directory"));
    }

    public boolean hasSupervisor(String staffId, String type) {
        LocalDate day = staff.findById(staffId).map(this::supervisionDay).orElse(clock.today());
        return !relationships.validWithActiveSupervisor(staffId, SupervisionType.valueOf(type), day).isEmpty();
    }

    /**
     * The day whose relationships count: today, or for someone who has not started yet their
     * start date. A starter's relationship usually begins on their first day, and their
     * agreement is negotiated before it with the supervisor they will have then.
     */
    private LocalDate supervisionDay(StaffMember supervisee) {
        LocalDate today = clock.today();
        LocalDate start = supervisee.getStartDate();
        return start != null && start.isAfter(today) ? start : today;
    }

    /**
     * The nearest active line manager above the staff member. A manager who has left is
     * skipped in favour of their own line manager, so work never lands with a leaver.
     */
    public String lineManagerOf(String staffId) {
        LocalDate today = clock.today();
        StaffMember member = member(staffId);
        return lineManagementChain(staffId).stream().filter(manager -> manager.isActiveOn(today))
                .map(StaffMember::getId).findFirst()
                .orElseThrow(() -> new RoutingException(member.getFullName() + " (" + staffId
                        + ") has no active line manager on " + today + ": set line_manager_id in the staff directory"));
    }

    /** Everyone above the staff member in line management, nearest first, leavers included. */
    public List<StaffMember> lineManagementChain(String staffId) {
        List<StaffMember> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(staffId));
        String candidate = staff.findById(staffId).map(StaffMember::getLineManagerId).orElse(null);
        while (candidate != null && seen.add(candidate)) {
            StaffMember manager = member(candidate);
            chain.add(manager);
            candidate = manager.getLineManagerId();
        }
        return chain;
    }

    /** The supervisor's own line manager: stage 2 of conflict handling and moderation. */
    public String seniorManagerOf(String superviseeId) {
        return lineManagerOf(supervisorOf(superviseeId));
    }

    /** The line manager of whoever gives this type of supervision: escalations of a session cycle. */
    public String seniorManagerOf(String superviseeId, String type) {
        return lineManagerOf(supervisorOf(superviseeId, type));
    }

    public String staffGroup() {
        return groups.staff();
    }

    public String hrGroup() {
        return groups.hr();
    }

    public String managersGroup() {
        return groups.managers();
    }

    public String learningGroup() {
        return groups.learning();
    }

    private StaffMember activeMember(String staffId) {
        StaffMember member = member(staffId);
        if (!member.isActiveOn(clock.today())) {
            throw new RoutingException(member.getFullName() + " (" + staffId + ") left on " + member.getLeftOn());
        }
        return member;
    }

    private StaffMember member(String staffId) {
        if (staffId == null) {
            throw new RoutingException("No staff member given: the process has no staffId");
        }
        return staff.findById(staffId)
                .orElseThrow(() -> new RoutingException("Unknown staff member '" + staffId + "'"));
    }
}
