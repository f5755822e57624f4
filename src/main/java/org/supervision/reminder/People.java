package org.supervision.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import org.supervision.staff.StaffMember;

/**
 * The staff directory as one run of the reminders needs it: names, and who line-manages whom
 * (read once per run, not once per reminder).
 */
final class People {

    private final Map<String, StaffMember> byId = new HashMap<>();
    private final Map<String, List<String>> reportsOf = new HashMap<>();

    People(List<StaffMember> everyone, LocalDate today) {
        for (StaffMember member : everyone) {
            byId.put(member.getId(), member);
            if (member.getLineManagerId() != null && member.isActiveOn(today)) {
                reportsOf.computeIfAbsent(member.getLineManagerId(), manager -> new ArrayList<>()).add(member.getId());
            }
        }
    }

    String name(String staffId) {
        StaffMember member = staffId == null ? null : byId.get(staffId);
        return member == null ? "a colleague" : member.getFullName();
    }

    /** Everyone who line-manages at least one active person. */
    Set<String> lineManagers() {
        return reportsOf.keySet();
    }

    /** Everyone below the manager in line management, at any depth. */
    Set<String> areaOf(String managerId) {
        Set<String> area = new HashSet<>();
        List<String> toVisit = new ArrayList<>(reportsOf.getOrDefault(managerId, List.of()));
        while (!toVisit.isEmpty()) {
            String next = toVisit.remove(toVisit.size() - 1);
            if (!next.equals(managerId) && area.add(next)) {
                toVisit.addAll(reportsOf.getOrDefault(next, List.of()));
            }
        }
        return area;
    }
}
