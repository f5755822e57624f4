package org.supervision.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * A trail grouped the way an auditor follows it: one group per process instance, oldest
 * first, headed "Supervision agreement, started 5 October 2026, finished 12 October 2026",
 * then the entries of the product's own audit log (records created, changed, read), which
 * belong to no process.
 */
@Component
class TrailGroups {

    /** A process instance and its steps; {@code instanceId} null for the records group. */
    record Group(String heading, String instanceId, List<TrailWords.Line> lines) {
    }

    private final StaffMemberRepository staff;
    private final UkDates dates;

    TrailGroups(StaffMemberRepository staff, UkDates dates) {
        this.staff = staff;
        this.dates = dates;
    }

    List<Group> of(StaffMember subject, List<HistoricProcessInstance> instances, List<TimelineEntry> entries) {
        TrailWords words = new TrailWords(names(entries), subject.getFullName(), dates);
        Map<String, List<TrailWords.Line>> byInstance = new LinkedHashMap<>();
        List<TrailWords.Line> records = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            if (entry.processInstanceId() == null) {
                records.add(words.line(entry));
            } else {
                byInstance.computeIfAbsent(entry.processInstanceId(), id -> new ArrayList<>()).add(words.line(entry));
            }
        }
        List<Group> groups = new ArrayList<>();
        // instances come oldest first; one whose steps the filters leave out is not shown
        for (HistoricProcessInstance instance : instances) {
            List<TrailWords.Line> lines = byInstance.get(instance.getId());
            if (lines != null) {
                groups.add(new Group(heading(instance), instance.getId(), lines));
            }
        }
        if (!records.isEmpty()) {
            groups.add(new Group("Records kept by the product (created, changed, read)", null, records));
        }
        return groups;
    }

    String heading(HistoricProcessInstance instance) {
        return heading(instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
                        : instance.getProcessDefinitionKey(), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant(), instance.getState());
    }

    String heading(AuditorReads.InstanceView instance) {
        return heading(instance.processName() != null ? instance.processName() : instance.processKey(), instance.start(),
                instance.end(), instance.state());
    }

    /** "Supervision agreement, started 5 October 2026, finished 12 October 2026" (or "still open"). */
    private String heading(String name, Instant start, Instant end, String state) {
        String started = name + ", started " + dates.day(start);
        if (end == null) {
            return started + ", still open";
        }
        // a process the engine stopped (the person left, a case was withdrawn) ended rather than finished
        return started + ("COMPLETED".equals(state) ? ", finished " : ", ended ") + dates.day(end);
    }

    /** Full names of everyone the entries name, in one query. */
    private Map<String, String> names(List<TimelineEntry> entries) {
        Set<String> logins = new HashSet<>();
        for (TimelineEntry entry : entries) {
            if (entry.actor() != null) {
                logins.add(entry.actor());
            }
            // a task offered or assigned names its person in "what"
            if (entry.kind().startsWith("TASK_") && (entry.kind().endsWith("_ADD") || entry.kind().endsWith("_DELETE"))
                    && entry.what() != null && !entry.what().startsWith("group ")) {
                logins.add(entry.what());
            }
        }
        return staff.findAllById(logins).stream().collect(Collectors.toMap(StaffMember::getId, StaffMember::getFullName));
    }
}
