package org.supervision.staff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who reports to whom, as the staff directory's {@code line_manager_id} has it: everyone below
 * a manager at any depth, and the managers above a person. Built once from rows already read
 * (the compliance figures read the directory in bulk with JDBC, a pack or a hand-over reads the
 * entities), so a walk asks the database nothing. The directory import refuses cycles; every
 * walk still stops at someone it has met, so that a damaged directory cannot make it loop, and
 * never counts the person it starts from as above or below themselves.
 */
public final class LineOfManagement {

    private final Map<String, String> managerOf = new HashMap<>();
    private final Map<String, List<String>> reports = new HashMap<>();

    private LineOfManagement() {
    }

    public static LineOfManagement of(Collection<StaffMember> staff) {
        return of(staff, StaffMember::getId, StaffMember::getLineManagerId);
    }

    /** From any rows naming a person and their line manager (null at the top), in the rows' order. */
    public static <T> LineOfManagement of(Collection<T> rows, Function<T, String> id, Function<T, String> lineManagerId) {
        LineOfManagement line = new LineOfManagement();
        for (T row : rows) {
            String managerId = lineManagerId.apply(row);
            if (managerId != null) {
                line.managerOf.put(id.apply(row), managerId);
                line.reports.computeIfAbsent(managerId, key -> new ArrayList<>()).add(id.apply(row));
            }
        }
        return line;
    }

    /** Everyone below the manager (not the manager), at any depth, nearest levels first. */
    public Set<String> below(String managerId) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(managerId));
        while (!next.isEmpty()) {
            for (String report : directReports(next.poll())) {
                if (!report.equals(managerId) && found.add(report)) {
                    next.add(report);
                }
            }
        }
        return found;
    }

    /** The line managers above the person (not the person), nearest first. */
    public List<String> above(String id) {
        List<String> line = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(id));
        String manager = managerOf.get(id);
        while (manager != null && seen.add(manager)) {
            line.add(manager);
            manager = managerOf.get(manager);
        }
        return line;
    }

    /** Is the person below the manager, at any depth? */
    public boolean isBelow(String id, String managerId) {
        return above(id).contains(managerId);
    }

    /** The people whose line manager this is, in the order of the rows. */
    public List<String> directReports(String managerId) {
        return Collections.unmodifiableList(reports.getOrDefault(managerId, List.of()));
    }

    public boolean hasReports(String id) {
        return reports.containsKey(id);
    }
}
