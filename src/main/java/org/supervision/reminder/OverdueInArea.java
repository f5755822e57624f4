package org.supervision.reminder;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.Routing;
import org.supervision.staff.RoutingException;

/**
 * Everything overdue across the organisation today, read once per digest run: sessions past
 * their due date and not held, direct observations past theirs and not done, and every open
 * task past its deadline (in any process: bookings, records to confirm, appraisal steps,
 * agreements). A task is about the person in its process's {@code staffId} (else its business
 * key), as its name says ({@code TaskNamesWithPerson}); a digest shows an item to the managers
 * of that person and of whoever holds it.
 */
@Component
class OverdueInArea {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Routing routing;
    private final SupervisionClock clock;
    private final UkDates dates;

    OverdueInArea(JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, Routing routing,
                  SupervisionClock clock, UkDates dates) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.runtime = runtime;
        this.routing = routing;
        this.clock = clock;
        this.dates = dates;
    }

    List<OverdueItem> today(People people) {
        LocalDate today = clock.today();
        List<OverdueItem> items = new ArrayList<>();
        jdbc.query("select staff_id, supervision_type, due_on from supervision_session"
                        + " where status in ('DUE', 'BOOKED', 'POSTPONED') and due_on < ?",
                row -> {
                    String supervisee = row.getString("staff_id");
                    Optional<String> supervisor = supervisorOf(supervisee, row.getString("supervision_type"));
                    items.add(new OverdueItem(supervisee, supervisor.orElse(null), "Supervision session of "
                            + people.name(supervisee) + supervisor.map(id -> " with " + people.name(id)).orElse("")
                            + ", not held", row.getDate("due_on").toLocalDate()));
                }, Date.valueOf(today));
        jdbc.query("select staff_id, observer_id, planned_by from direct_observation"
                        + " where status in ('PLANNED', 'BOOKED') and planned_by < ?",
                row -> {
                    String worker = row.getString("staff_id");
                    String observer = row.getString("observer_id");
                    items.add(new OverdueItem(worker, observer, "Direct observation of " + people.name(worker)
                            + "'s practice" + (observer == null ? "" : " by " + people.name(observer)) + ", not done",
                            row.getDate("planned_by").toLocalDate()));
                }, Date.valueOf(today));
        items.addAll(lateTasks(people));
        items.sort(Comparator.comparing(OverdueItem::dueOn).thenComparing(OverdueItem::what));
        return items;
    }

    private List<OverdueItem> lateTasks(People people) {
        List<Task> late = tasks.createTaskQuery().active().dueBefore(java.util.Date.from(clock.now())).list();
        if (late.isEmpty()) {
            return List.of();
        }
        String[] instances = late.stream().map(Task::getProcessInstanceId).filter(id -> id != null).distinct()
                .toArray(String[]::new);
        Map<String, String> subjectOf = new HashMap<>();
        if (instances.length > 0) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(
                    java.util.Set.of(instances)).list()) {
                if (instance.getBusinessKey() != null) {
                    subjectOf.put(instance.getId(), instance.getBusinessKey());
                }
            }
            for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                    .variableName("staffId").list()) {
                if (variable.getValue() instanceof String staffId
                        && variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                    subjectOf.put(variable.getProcessInstanceId(), staffId);
                }
            }
        }
        List<OverdueItem> items = new ArrayList<>();
        for (Task task : late) {
            String holder = task.getAssignee();
            items.add(new OverdueItem(subjectOf.get(task.getProcessInstanceId()), holder,
                    "Task \"" + task.getName() + "\"" + (holder == null ? ", not yet taken by anyone"
                            : ", waiting for " + people.name(holder)), dates.dueDay(task.getDueDate().toInstant())));
        }
        return items;
    }

    private Optional<String> supervisorOf(String supervisee, String type) {
        try {
            return Optional.of(routing.supervisorOf(supervisee, type));
        } catch (RoutingException | IllegalArgumentException noSupervisor) {
            return Optional.empty();
        }
    }
}
