package org.supervision.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.query.NativeQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

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
            "leaving", "staff-leaving", "observation", "direct-observation");

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

    /**
     * One transaction for the dozen statements behind a trail: they all see the same committed
     * history (no task shown completed without the decision made with it), and Camunda's
     * queries join it instead of each opening and committing their own.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<TimelineEntry> trail(Criteria criteria) {
        List<TimelineEntry> entries = new ArrayList<>();
        List<HistoricProcessInstance> instances = instances(criteria);
        InstanceHistory fetched = new InstanceHistory(instances.stream().map(HistoricProcessInstance::getId).toList());
        for (HistoricProcessInstance instance : instances) {
            addProcess(instance, fetched, entries);
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

    private void addProcess(HistoricProcessInstance instance, InstanceHistory fetched, List<TimelineEntry> entries) {
        String process = instance.getProcessDefinitionKey();
        String id = instance.getId();
        entries.add(new TimelineEntry(at(instance.getStartTime()), process, id, "PROCESS_STARTED", null,
                instance.getProcessDefinitionName() + " started", instance.getStartUserId(), null));
        if (instance.getEndTime() != null) {
            entries.add(new TimelineEntry(at(instance.getEndTime()), process, id, "PROCESS_ENDED", instance.getEndActivityId(),
                    instance.getProcessDefinitionName() + " ended", null, instance.getDeleteReason()));
        }
        for (HistoricActivityInstance activity : fetched.activities.getOrDefault(id, List.of())) {
            String type = activity.getActivityType();
            if (type.contains("Timer") && activity.getEndTime() != null) {
                entries.add(new TimelineEntry(at(activity.getEndTime()), process, id, "TIMER_FIRED", activity.getActivityId(),
                        activity.getActivityName(), null, null));
            } else if (type.endsWith("Event") || type.equals("serviceTask")) {
                entries.add(new TimelineEntry(at(activity.getStartTime()), process, id, "PASSED", activity.getActivityId(),
                        activity.getActivityName(), null, type));
            }
        }
        Map<String, String> assigneeByActivityInstance = new HashMap<>();
        for (HistoricTaskInstance task : fetched.tasks.getOrDefault(id, List.of())) {
            if (task.getAssignee() != null) {
                assigneeByActivityInstance.put(task.getActivityInstanceId(), task.getAssignee());
            }
            entries.add(new TimelineEntry(at(task.getStartTime()), process, id, "TASK_CREATED", task.getTaskDefinitionKey(),
                    task.getName(), null, task.getDueDate() == null ? null : "due " + at(task.getDueDate())));
            for (IdentityLink link : fetched.links.getOrDefault(task.getId(), List.of())) {
                String who = link.userId() != null ? link.userId() : "group " + link.groupId();
                entries.add(new TimelineEntry(link.time(), process, id, "TASK_" + link.type().toUpperCase() + "_"
                        + link.operationType().toUpperCase(), task.getTaskDefinitionKey(), who, link.assignerId(),
                        task.getName()));
            }
            if (task.getEndTime() != null) {
                boolean completed = "completed".equals(task.getDeleteReason());
                entries.add(new TimelineEntry(at(task.getEndTime()), process, id, completed ? "TASK_COMPLETED" : "TASK_CANCELLED",
                        task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), completed ? null : task.getDeleteReason()));
            }
        }
        for (VariableUpdate update : fetched.variableUpdates.getOrDefault(id, List.of())) {
            entries.add(new TimelineEntry(update.time(), process, id, "DECISION", update.activityInstanceId(),
                    update.name() + " = " + update.value(), assigneeByActivityInstance.get(update.activityInstanceId()), null));
        }
        for (Decision decision : fetched.decisions.getOrDefault(id, List.of())) {
            entries.add(new TimelineEntry(decision.time(), process, id, "DECISION_TABLE", decision.activityId(),
                    decision.name(), null, ("inputs " + decision.inputs() + "outputs " + decision.outputs()).trim()));
        }
        if (fetched.withIncidents.contains(id)) {
            for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
                entries.add(new TimelineEntry(at(incident.getCreateTime()), process, id, "INCIDENT", incident.getActivityId(),
                        incident.getIncidentMessage(), null, incident.isResolved() ? "resolved" : "open"));
            }
        }
    }

    private record IdentityLink(Instant time, String type, String operationType, String userId, String groupId,
                                String assignerId) {
    }

    private record VariableUpdate(Instant time, String activityInstanceId, String name, String value) {
    }

    /** A decision table evaluated; inputs and outputs as "name=value " each, in Camunda's order. */
    private record Decision(Instant time, String activityId, String name, StringBuilder inputs, StringBuilder outputs) {
    }

    /**
     * The history of all the trail's instances, fetched with one query per kind rather than
     * per instance and per task: a staff member has a dozen instances and well over a hundred
     * tasks after a few years, and the round trips made the trail slow. Each list keeps the
     * order the per-instance queries gave (by id), so the trail comes out the same.
     */
    private final class InstanceHistory {

        final Map<String, List<HistoricActivityInstance>> activities;
        final Map<String, List<HistoricTaskInstance>> tasks;
        final Map<String, List<IdentityLink>> links = new HashMap<>();
        final Map<String, List<VariableUpdate>> variableUpdates = new HashMap<>();
        final Map<String, List<Decision>> decisions = new HashMap<>();
        final Set<String> withIncidents;

        InstanceHistory(List<String> instanceIds) {
            if (instanceIds.isEmpty()) {
                activities = Map.of();
                tasks = Map.of();
                withIncidents = Set.of();
                return;
            }
            // only the kinds of activity the trail shows: gateways and tasks are most of the rest
            activities = byInstance(ofInstances(history.createNativeHistoricActivityInstanceQuery(), "ACT_HI_ACTINST",
                    instanceIds, " and (RES.ACT_TYPE_ like '%Timer%' or RES.ACT_TYPE_ like '%Event' or RES.ACT_TYPE_ = 'serviceTask')")
                    .list(), HistoricActivityInstance::getProcessInstanceId);
            tasks = byInstance(ofInstances(history.createNativeHistoricTaskInstanceQuery(), "ACT_HI_TASKINST",
                    instanceIds, "").list(), HistoricTaskInstance::getProcessInstanceId);
            String in = placeholders(instanceIds.size());
            Object[] ids = instanceIds.toArray();
            // Camunda's own queries for these map every row through MyBatis and its typed values:
            // two fifths of the trail's CPU time, for the thousand-odd rows of a few years' history
            jdbc.query("select PROC_INST_ID_, ACT_INST_ID_, TIME_, NAME_, VAR_TYPE_, LONG_, DOUBLE_, TEXT_ from ACT_HI_DETAIL"
                    + " where TYPE_ = 'VariableUpdate' and PROC_INST_ID_ in (" + in + ") order by ID_", row -> {
                variableUpdates.computeIfAbsent(row.getString("PROC_INST_ID_"), instance -> new ArrayList<>()).add(
                        new VariableUpdate(row.getTimestamp("TIME_").toInstant(), row.getString("ACT_INST_ID_"),
                                row.getString("NAME_"), HistoryValue.text(row)));
            }, ids);
            Map<String, Decision> decisionsById = new HashMap<>();
            jdbc.query("select ID_, PROC_INST_ID_, EVAL_TIME_, ACT_ID_, DEC_DEF_NAME_ from ACT_HI_DECINST"
                    + " where PROC_INST_ID_ in (" + in + ") order by ID_", row -> {
                Decision decision = new Decision(row.getTimestamp("EVAL_TIME_").toInstant(), row.getString("ACT_ID_"),
                        row.getString("DEC_DEF_NAME_"), new StringBuilder(), new StringBuilder());
                decisionsById.put(row.getString("ID_"), decision);
                decisions.computeIfAbsent(row.getString("PROC_INST_ID_"), instance -> new ArrayList<>()).add(decision);
            }, ids);
            if (!decisionsById.isEmpty()) {
                // in the same order as Camunda's includeInputs() and includeOutputs()
                appendValues("ACT_HI_DEC_IN", "CLAUSE_NAME_", "CLAUSE_ID_", decisionsById, Decision::inputs);
                appendValues("ACT_HI_DEC_OUT", "VAR_NAME_", "RULE_ORDER_, CLAUSE_ID_", decisionsById, Decision::outputs);
            }
            // the engine's identity-link and incident queries take one task or one instance at a time
            jdbc.query("select L.TASK_ID_, L.TIMESTAMP_, L.TYPE_, L.OPERATION_TYPE_, L.USER_ID_, L.GROUP_ID_, L.ASSIGNER_ID_"
                    + " from ACT_HI_IDENTITYLINK L join ACT_HI_TASKINST T on T.ID_ = L.TASK_ID_"
                    + " where T.PROC_INST_ID_ in (" + in + ") order by L.ID_", row -> {
                links.computeIfAbsent(row.getString("TASK_ID_"), task -> new ArrayList<>()).add(new IdentityLink(
                        row.getTimestamp("TIMESTAMP_").toInstant(), row.getString("TYPE_"), row.getString("OPERATION_TYPE_"),
                        row.getString("USER_ID_"), row.getString("GROUP_ID_"), row.getString("ASSIGNER_ID_")));
            }, ids);
            withIncidents = new HashSet<>(jdbc.queryForList("select distinct PROC_INST_ID_ from ACT_HI_INCIDENT"
                    + " where PROC_INST_ID_ in (" + in + ")", String.class, ids));
        }

        /**
         * Selected by the decisions' ids rather than joined to them by instance: the planner
         * answered the join with a scan of every decision's values while the tables were small.
         */
        private void appendValues(String table, String nameColumn, String order, Map<String, Decision> decisions,
                                  Function<Decision, StringBuilder> part) {
            jdbc.query("select DEC_INST_ID_, " + nameColumn + ", VAR_TYPE_, LONG_, DOUBLE_, TEXT_ from " + table
                    + " where DEC_INST_ID_ in (" + placeholders(decisions.size()) + ") order by DEC_INST_ID_, " + order, row -> {
                part.apply(decisions.get(row.getString("DEC_INST_ID_"))).append(row.getString(nameColumn)).append('=')
                        .append(HistoryValue.text(row)).append(' ');
            }, decisions.keySet().toArray());
        }

        private static String placeholders(int count) {
            return String.join(", ", Collections.nCopies(count, "?"));
        }

        private <Q extends NativeQuery<Q, ?>> Q ofInstances(Q query, String table, List<String> instanceIds, String andWhere) {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < instanceIds.size(); i++) {
                in.append(i == 0 ? "" : ", ").append("#{p").append(i).append('}');
                query.parameter("p" + i, instanceIds.get(i));
            }
            return query.sql("select RES.* from " + table + " RES where RES.PROC_INST_ID_ in (" + in + ")" + andWhere
                    + " order by RES.ID_ asc");
        }

        private static <T> Map<String, List<T>> byInstance(List<T> rows, Function<T, String> instanceId) {
            Map<String, List<T>> grouped = new HashMap<>();
            rows.forEach(row -> grouped.computeIfAbsent(instanceId.apply(row), id -> new ArrayList<>()).add(row));
            return grouped;
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
