package org.supervision.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * What the diagram page shows: the process in words, its model for the diagram viewer, and
 * the steps it took as a table, which is also what a screen reader reads instead of the
 * diagram. The viewer marks the steps listed there, and only those.
 */
record PathPage(String heading, String staffId, String personName, String reference, String xml, List<Step> steps) {

    /** A step taken; {@code who} the person who held the task, by name; {@code day} when it ended (or began), for the diagram. */
    record Step(String activityId, String name, Instant start, Instant end, String who, String day) {
    }

    static PathPage of(AuditorReads.InstanceView instance, StaffMemberRepository staff, TrailGroups groups, UkDates dates) {
        Set<String> logins = instance.path().stream().map(AuditorReads.PathStep::assignee)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (instance.businessKey() != null) {
            logins.add(instance.businessKey());
        }
        Map<String, String> names = staff.findAllById(logins).stream()
                .collect(Collectors.toMap(StaffMember::getId, StaffMember::getFullName));
        List<Step> steps = instance.path().stream()
                .map(step -> new Step(step.activityId(), name(step), step.start(), step.end(),
                        step.assignee() == null ? "" : names.getOrDefault(step.assignee(), step.assignee()),
                        dates.day(step.end() != null ? step.end() : step.start())))
                .toList();
        String person = instance.businessKey() == null ? null : names.get(instance.businessKey());
        return new PathPage(groups.heading(instance), person == null ? null : instance.businessKey(), person,
                instance.id(), instance.xml(), steps);
    }

    /** Unnamed elements (the diagram's gateways and plain start and end points) in words. */
    private static String name(AuditorReads.PathStep step) {
        if (step.name() != null && !step.name().isBlank()) {
            return step.name();
        }
        String type = step.type() == null ? "" : step.type();
        if (type.endsWith("Gateway")) {
            return "Decision point";
        }
        if (type.equals("startEvent")) {
            return "Start";
        }
        if (type.endsWith("EndEvent") || type.equals("noneEndEvent")) {
            return "End";
        }
        return "A step without a name";
    }
}
