package org.supervision.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds a staff member's trail from Camunda's history (instances, tasks with who claimed
 * and completed them, timers, decisions taken, decision tables evaluated, incidents) joined
 * with the product's audit log (record versions, signatures, reads).
 */
@Component
class AuditTrailQuery {

    /** The processes an auditor can filter by, under the names people use. */
    static final Map<String, String> PROCESSES = Map.of("agreement", "supervision-agreement",
            "session", "supervision-session", "conflict", "conflict-escalation", "appraisal", "appraisal-cycle",
            "learning", "learning-plan", "training", "training-request", "workplan", "work-plan",
            "leaving", "staff-leaving");

    record Criteria(String staffId, String process, String businessKey, Instant from, Instant to, String actor) {
        boolean accepts(TimelineEntry entry) {
            return (from == null || !entry.at().isBefore(from)) && (to == null || entry.at().isBefore(to))
                    && (actor == null || actor.equals(entry.actor()));
        }
    }

    private final HistoryService history;
    private final JdbcTemplate jdbc;

    AuditTrailQuery(HistoryService history, JdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    List<TimelineEntry> trail(Criteria criteria) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricProcessInstance instance : instances(criteria)) {
            addProcess(instance, entries);
        }
        if (criteria.process() == null && criteria.staffId() != null) {
            addAuditLog(criteria.staffId(), entries);
        }
        return entries.stream().filter(criteria::accepts)
                .sorted(Comparator.comparing(TimelineEntry::at)).toList();
    }

    List<HistoricProcessInstance> instances(Criteria criteria) {
        var query = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(criteria.businessKey() != null ? criteria.businessKey() : criteria.staffId());
        if (criteria.process() != null) {
            query.processDefinitionKey(PROCESSES.getOrDefault(criteria.process(), criteria.process()));
        }
        return query.orderByProcessInstanceStartTime().asc().list();
    }

    private void addProcess(HistoricProcessInstance instance, List<TimelineEntry> entries) {
        String process = instance.getProcessDefinitionKey();
        String id = instance.getId();
        entries.add(new TimelineEntry(at(instance.getStartTime()), process, id, "PROCESS_STARTED", null,
                instance.getProcessDefinitionName() + " started", instance.getStartUserId(), null));
        if (instance.getEndTime() != null) {
            entries.add(new TimelineEntry(at(instance.getEndTime()), process, id, "PROCESS_ENDED", instance.getEndActivityId(),
                    instance.getProcessDefinitionName() + " ended", null, instance.getDeleteReason()));
        }
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id).list()) {
            String type = activity.getActivityType();
            if (type.contains("Timer") && activity.getEndTime() != null) {
                entries.add(new TimelineEntry(at(activity.getEndTime()), process, id, "TIMER_FIRED", activity.getActivityId(),
                        activity.getActivityName(), null, null));
            } else if (type.endsWith("Event") || type.equals("serviceTask")) {
                entries.add(new TimelineEntry(at(activity.getStartTime()), process, id, "PASSED", activity.getActivityId(),
                        activity.getActivityName(), null, type));
            }
        }
        Map<String, String> assigneeByActivityInstance = new java.util.HashMap<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
            if (task.getAssignee() != null) {
                assigneeByActivityInstance.put(task.getActivityInstanceId(), task.getAssignee());
            }
            entries.add(new TimelineEntry(at(task.getStartTime()), process, id, "TASK_CREATED", task.getTaskDefinitionKey(),
                    task.getName(), null, task.getDueDate() == null ? null : "due " + at(task.getDueDate())));
            for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
                String who = link.getUserId() != null ? link.getUserId() : "group " + link.getGroupId();
                entries.add(new TimelineEntry(at(link.getTime()), process, id, "TASK_" + link.getType().toUpperCase() + "_"
                        + link.getOperationType().toUpperCase(), task.getTaskDefinitionKey(), who, link.getAssignerId(),
                        task.getName()));
            }
            if (task.getEndTime() != null) {
                boolean completed = "completed".equals(task.getDeleteReason());
                entries.add(new TimelineEntry(at(task.getEndTime()), process, id, completed ? "TASK_COMPLETED" : "TASK_CANCELLED",
                        task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), completed ? null : task.getDeleteReason()));
            }
        }
        history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list().forEach(detail -> {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            entries.add(new TimelineEntry(at(update.getTime()), process, id, "DECISION", update.getActivityInstanceId(),
                    update.getVariableName() + " = " + update.getValue(),
                    assigneeByActivityInstance.get(update.getActivityInstanceId()), null));
        });
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id)
                .includeInputs().includeOutputs().list()) {
            StringBuilder details = new StringBuilder("inputs ");
            decision.getInputs().forEach(input -> details.append(input.getClauseName()).append('=').append(input.getValue()).append(' '));
            details.append("outputs ");
            decision.getOutputs().forEach(output -> details.append(output.getVariableName()).append('=').append(output.getValue()).append(' '));
            entries.add(new TimelineEntry(at(decision.getEvaluationTime()), process, id, "DECISION_TABLE", decision.getActivityId(),
                    decision.getDecisionDefinitionName(), null, details.toString().trim()));
        }
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
            entries.add(new TimelineEntry(at(incident.getCreateTime()), process, id, "INCIDENT", incident.getActivityId(),
                    incident.getIncidentMessage(), null, incident.isResolved() ? "resolved" : "open"));
        }
    }

    private void addAuditLog(String staffId, List<TimelineEntry> entries) {
        jdbc.query("select * from audit_log where subject_staff_id = ? order by id", row -> {
            AuditTrail.Entry entry = AuditVerification.entry(row);
            entries.add(new TimelineEntry(entry.occurredAt(), null, null, "RECORD_" + entry.action(), entry.recordId(),
                    entry.recordType(), entry.actor(), join(entry.reason(), entry.details())));
        }, staffId);
    }

    private static String join(String reason, String details) {
        return reason == null ? details : details == null ? reason : reason + "; " + details;
    }

    private static Instant at(Date date) {
        return date.toInstant();
    }
}
