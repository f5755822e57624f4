package org.supervision.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.supervision.engine.AsSystem;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every open task a person can act on: assigned to them, or offered to them or to one of
 * their groups (as Tasklist's "Offered to me or my groups" filter). Sorted the way a busy
 * person works through them: overdue first, then by due date, undated last. Three queries
 * whatever the number of tasks: the tasks, the variables naming whom they concern, the names.
 */
@Component
public class WaitingTasks {

    /** The process variables that name the supervisee a task concerns, in the order they are trusted. */
    static final List<String> ABOUT_VARIABLES = List.of("superviseeId", "staffId");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;
    private final ZoneId zone;

    WaitingTasks(TaskService tasks, RuntimeService runtime, RepositoryService repository, IdentityService identity,
                 StaffMemberRepository staff, SupervisionClock clock, @Value("${supervision.time-zone:Europe/London}") String zone) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.staff = staff;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public List<WaitingTask> of(String userId) {
        return AsSystem.call(identity, () -> list(userId, null));
    }

    /** The task, if this person may act on it now (the same rule as their list): the task page's access check. */
    public java.util.Optional<WaitingTask> one(String userId, String taskId) {
        return AsSystem.call(identity, () -> list(userId, taskId)).stream().findFirst();
    }

    private List<WaitingTask> list(String userId, String taskId) {
        Map<String, String> groupNames = identity.createGroupQuery().groupMember(userId).list().stream()
                .collect(Collectors.toMap(Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
        var query = tasks.createTaskQuery().or().taskAssignee(userId).taskCandidateUser(userId);
        if (!groupNames.isEmpty()) {
            query.taskCandidateGroupIn(List.copyOf(groupNames.keySet()));
        }
        var active = query.endOr().active();
        if (taskId != null) {
            active.taskId(taskId); // outside the or(): this task, if it is among theirs
        }
        List<Task> open = active.list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, String> aboutByInstance = aboutByInstance(open);
        Map<String, String> names = staff.findAllById(Set.copyOf(aboutByInstance.values())).stream()
                .collect(Collectors.toMap(StaffMember::getId, StaffMember::getFullName));
        // a business key that names nobody in the directory is no one's
        aboutByInstance.values().retainAll(names.keySet());
        Map<String, String> processNames = processNames(open);
        LocalDate today = clock.today();
        return open.stream().map(task -> {
                    String about = aboutByInstance.get(task.getProcessInstanceId());
                    LocalDate due = dueDay(task);
                    return new WaitingTask(task.getId(), task.getName(), processNames.get(task.getProcessDefinitionId()),
                            about, about == null ? null : names.get(about), due,
                            due != null && due.isBefore(today), why(task, userId, groupNames));
                })
                .sorted(Comparator.comparing(WaitingTask::overdue).reversed()
                        .thenComparing(WaitingTask::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WaitingTask::title))
                .toList();
    }

    /**
     * The last day to do the task on. A deadline "by the end of 7 December" is stored as midnight
     * after it, which is already 8 December: the day is the one its last moment falls in.
     */
    private LocalDate dueDay(Task task) {
        return task.getDueDate() == null ? null
                : LocalDate.ofInstant(task.getDueDate().toInstant().minusNanos(1), zone);
    }

    private Map<String, String> aboutByInstance(List<Task> open) {
        String[] instances = open.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Map<String, String>> byInstance = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(ABOUT_VARIABLES.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
            // only the process's own variables, not a local one of the same name
            if (variable.getExecutionId().equals(variable.getProcessInstanceId()) && variable.getValue() instanceof String id && !id.isBlank()) {
                byInstance.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>()).put(variable.getName(), id);
            }
        }
        Map<String, String> about = new HashMap<>();
        byInstance.forEach((instance, values) -> ABOUT_VARIABLES.stream().map(values::get)
                .filter(java.util.Objects::nonNull).findFirst().ifPresent(id -> about.put(instance, id)));
        // every process about a person has their staff id as business key (the conflict process
        // keeps only its case id as a variable): the same rule Tasklist's task names follow
        String[] unnamed = java.util.Arrays.stream(instances).filter(instance -> !about.containsKey(instance))
                .toArray(String[]::new);
        if (unnamed.length > 0) {
            runtime.createProcessInstanceQuery().processInstanceIds(Set.of(unnamed)).list().stream()
                    .filter(instance -> instance.getBusinessKey() != null && !instance.getBusinessKey().isBlank())
                    .forEach(instance -> about.put(instance.getId(), instance.getBusinessKey()));
        }
        return about;
    }

    private Map<String, String> processNames(List<Task> open) {
        String[] ids = open.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        return repository.createProcessDefinitionQuery().processDefinitionIdIn(ids).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId,
                        definition -> definition.getName() == null ? definition.getKey() : definition.getName()));
    }

    private static String why(Task task, String userId, Map<String, String> groupNames) {
        if (userId.equals(task.getAssignee())) {
            return "Assigned to you";
        }
        return groupNames.isEmpty() ? "Offered to you" : "Offered to you or your groups";
    }
}
