package org.supervision.inspection;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.supervision.security.Roles;
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
        return userId.equals(managerId) || below(userId, staff.findAll()).contains(managerId);
    }

    /** The people of the service who were on the staff at some point from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    List<StaffMember> peopleOf(String managerId, LocalDate from, LocalDate to) {
        Set<String> ids = below(managerId, staff.findAll());
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
        Set<String> managerIds = everyone.stream().map(StaffMember::getLineManagerId)
                .filter(id -> id != null).collect(Collectors.toSet());
        Set<String> allowed = wholeOrganisation ? managerIds : with(userId, below(userId, everyone));
        return everyone.stream()
                .filter(member -> managerIds.contains(member.getId()) && allowed.contains(member.getId()))
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

    private static Set<String> below(String managerId, List<StaffMember> everyone) {
        Map<String, List<String>> reports = everyone.stream()
                .filter(member -> member.getLineManagerId() != null)
                .collect(Collectors.groupingBy(StaffMember::getLineManagerId,
                        Collectors.mapping(StaffMember::getId, Collectors.toList())));
        Set<String> found = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(managerId));
        while (!toVisit.isEmpty()) {
            for (String report : reports.getOrDefault(toVisit.pop(), List.of())) {
                // the directory import refuses cycles; the check keeps a damaged one from looping
                if (!report.equals(managerId) && found.add(report)) {
                    toVisit.push(report);
                }
            }
        }
        return found;
    }

    private static Set<String> with(String id, Set<String> others) {
        Set<String> all = new HashSet<>(others);
        all.add(id);
        return all;
    }

    private static boolean workedDuring(StaffMember member, LocalDate from, LocalDate to) {
        boolean started = member.getStartDate() == null || !member.getStartDate().isAfter(to);
        boolean notYetLeft = member.getLeftOn() == null || !member.getLeftOn().isBefore(from);
        return started && notYetLeft;
    }
}
