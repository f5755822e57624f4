package org.supervision.inspection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.supervision.security.Roles;
import org.supervision.staff.LineOfManagement;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's service: everyone in the line of management below them, at every level, as the
 * directory has it today. A pack covers those of them who worked here at some point of the
 * period, leavers included, so that a person who left in February still shows in a pack for
 * the year.
 */
@Component
class ServiceScope {

    private final StaffMemberRepository staff;
    private final Roles roles;

    ServiceScope(StaffMemberRepository staff, Roles roles) {
        this.staff = staff;
        this.roles = roles;
    }

    /**
     * HR, directors and auditors may produce a pack for any service (the figures hold dates and
     * counts, never what a record says); a line manager for their own service and any service
     * within it.
     */
    @Transactional(readOnly = true)
    boolean mayProduceFor(String userId, String managerId) {
        if (wholeOrganisation(userId)) {
            return true;
        }
        return userId.equals(managerId) || LineOfManagement.of(staff.findAll()).isBelow(managerId, userId);
    }

    /** The people of the service who were on the staff at some point from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    List<StaffMember> peopleOf(String managerId, LocalDate from, LocalDate to) {
        Set<String> ids = LineOfManagement.of(staff.findAll()).below(managerId);
        return staff.findAllById(ids).stream()
                .filter(member -> workedDuring(member, from, to))
                .sorted(Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName))
                .toList();
    }

    /** Managers whose service a person may choose, for the workspace's list: themselves and the managers below them. */
    @Transactional(readOnly = true)
    List<StaffMember> managersFor(String userId, LocalDate today) {
        boolean wholeOrganisation = wholeOrganisation(userId);
        List<StaffMember> everyone = staff.findAll();
        LineOfManagement line = LineOfManagement.of(everyone);
        Set<String> below = line.below(userId);
        return everyone.stream()
                .filter(member -> line.hasReports(member.getId()))
                .filter(member -> wholeOrganisation || member.getId().equals(userId) || below.contains(member.getId()))
                .filter(member -> member.isActiveOn(today))
                .sorted(Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName))
                .toList();
    }

    /**
     * The compliance figures' rule too (a pack includes them): HR, directors and auditors see
     * every service; administrators run the installation and see none.
     */
    private boolean wholeOrganisation(String userId) {
        return roles.isHr(userId) || roles.isDirector(userId) || roles.isAuditor(userId);
    }

    private static boolean workedDuring(StaffMember member, LocalDate from, LocalDate to) {
        boolean started = member.getStartDate() == null || !member.getStartDate().isAfter(to);
        boolean notYetLeft = member.getLeftOn() == null || !member.getLeftOn().isBefore(from);
        return started && notYetLeft;
    }
}
