package org.supervision.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * What an auditor reads, whether through the API ({@link AuditorApi}) or the workspace's
 * pages ({@link AuditorPages}): the same staff search, the same trail, the same path of an
 * instance, and the same entry in the audit log for every trail, export and diagram opened.
 * The callers check that the person is an auditor.
 */
@Component
class AuditorReads {

    record PathStep(String activityId, String name, String type, Instant start, Instant end, String assignee) {
    }

    record InstanceView(String id, String processKey, String processName, String businessKey, Instant start, Instant end,
                        String state, String xml, List<PathStep> path) {
    }

    private final AuditTrailQuery query;
    private final AuditTrail trail;
    private final StaffMemberRepository staff;
    private final HistoryService history;
    private final RepositoryService repository;
    private final SupervisionClock clock;

    AuditorReads(AuditTrailQuery query, AuditTrail trail, StaffMemberRepository staff, HistoryService history,
                 RepositoryService repository, SupervisionClock clock) {
        this.query = query;
        this.trail = trail;
        this.staff = staff;
        this.history = history;
        this.repository = repository;
        this.clock = clock;
    }

    /** Staff whose login or name contains the text, by name, at most 50. */
    List<StaffMember> findStaff(String text) {
        String needle = text.trim().toLowerCase();
        return staff.findAll().stream()
                .filter(member -> member.getId().toLowerCase().contains(needle)
                        || member.getFullName().toLowerCase().contains(needle))
                .sorted(Comparator.comparing(StaffMember::getFullName)).limit(50).toList();
    }

    /** The trail, logged as read ({@code what} "trail") or exported (any other {@code what}: "CSV export"). */
    List<TimelineEntry> trail(String auditor, AuditTrailQuery.Criteria criteria, String what) {
        List<TimelineEntry> entries = query.trail(criteria);
        trail.append(auditor, what.equals("trail") ? "READ" : "EXPORT", "AuditTrail",
                criteria.process() == null ? "all processes" : criteria.process(),
                criteria.staffId() != null ? criteria.staffId() : criteria.businessKey(), null,
                what + ", " + entries.size() + " entries");
        return entries;
    }

    /** The process instances the trail covers, oldest first (not logged: the trail read with them is). */
    List<HistoricProcessInstance> instances(AuditTrailQuery.Criteria criteria) {
        return query.instances(criteria);
    }

    /** One instance with its model and the path it took, logged as read; empty when there is no such instance. */
    Optional<InstanceView> path(String auditor, String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        trail.append(auditor, "READ", "ProcessInstance", processInstanceId, instance.getBusinessKey(), null,
                "diagram with path");
        return Optional.of(view(instance, true));
    }

    InstanceView view(HistoricProcessInstance instance, boolean withDiagram) {
        List<PathStep> path = withDiagram ? history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(a -> new PathStep(a.getActivityId(), a.getActivityName(), a.getActivityType(), a.getStartTime().toInstant(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.getAssignee()))
                .toList() : List.of();
        String xml = null;
        if (withDiagram) {
            try (var model = repository.getProcessModel(instance.getProcessDefinitionId())) {
                xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the model of " + instance.getProcessDefinitionId(), e);
            }
        }
        return new InstanceView(instance.getId(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                instance.getBusinessKey(), instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant(), instance.getState(), xml, path);
    }

    /** Dates are whole UK days: "to" includes the whole of its day. */
    AuditTrailQuery.Criteria criteria(String staffId, String process, String businessKey, LocalDate from, LocalDate to,
                                      String actor) {
        return new AuditTrailQuery.Criteria(blankToNull(staffId), blankToNull(process), blankToNull(businessKey),
                from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant(), blankToNull(actor));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
