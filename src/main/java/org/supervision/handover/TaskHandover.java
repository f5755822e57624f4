package org.supervision.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.audit.AuditTrail;
import org.supervision.engine.AsSystem;
import org.supervision.mail.TaskMail;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TextRules;
import org.supervision.staff.LineOfManagement;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionRelationship;
import org.supervision.staff.SupervisionRelationshipRepository;

/**
 * A senior manager hands an absent supervisor's open task to another supervisor in their own
 * line of management, with a reason. The manager must be above the task's assignee in line
 * management (their line manager or further up, from the staff directory); the new assignee
 * must be below the manager, still employed and supervising someone today. The task changes
 * hands in the engine, so the former assignee loses their access to it at once (the engine's
 * former-assignee revocation) and it appears in the new assignee's Waiting for me; the audit
 * chain records who handed which task from whom to whom, and why, and the new assignee is
 * e-mailed a link to it (after commit). A task that is the
 * assignee's own as a supervisee (their own appraisal, their own agreement to sign) is theirs
 * alone and cannot be handed on.
 */
@Service
public class TaskHandover {

    public static final int MAX_REASON = 1000;
    static final String AUDIT_ACTION = "TASK_HANDED_OVER";

    /** A supervisor a task can be handed to. */
    public record Supervisor(String id, String name) {
    }

    /** An open task of a supervisor in the manager's line. */
    public record LineTask(String taskId, String name, String assigneeId, String assigneeName, Instant created, Instant due,
                           boolean assigneeLeft) {
    }

    /** What a hand-over did. */
    public record HandedOver(String taskId, String taskName, String fromId, String fromName, String toId, String toName,
                             String reason, Instant at) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final StaffMemberRepository staff;
    private final SupervisionRelationshipRepository relationships;
    private final AuditTrail trail;
    private final SupervisionClock clock;
    private final TaskMail mail;

    TaskHandover(ProcessEngine engine, StaffMemberRepository staff, SupervisionRelationshipRepository relationships,
                 AuditTrail trail, SupervisionClock clock, TaskMail mail) {
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.identity = engine.getIdentityService();
        this.staff = staff;
        this.relationships = relationships;
        this.trail = trail;
        this.clock = clock;
        this.mail = mail;
    }

    /** The open tasks of the supervisors below the manager that the manager may hand on, oldest first. */
    @Transactional(readOnly = true)
    public List<LineTask> tasksInLine(String managerId) {
        LocalDate today = clock.today();
        List<StaffMember> supervisors = below(managerId).stream().filter(this::supervisesToday).toList();
        if (supervisors.isEmpty()) {
            return List.of();
        }
        List<Task> open = AsSystem.call(identity, () -> tasks.createTaskQuery()
                .taskAssigneeIn(supervisors.stream().map(StaffMember::getId).toArray(String[]::new))
                .orderByTaskCreateTime().asc().list());
        return open.stream().filter(task -> !isOwnTask(task))
                .map(task -> {
                    StaffMember assignee = supervisors.stream().filter(s -> s.getId().equals(task.getAssignee())).findFirst().orElseThrow();
                    return new LineTask(task.getId(), task.getName(), assignee.getId(), assignee.getFullName(),
                            instant(task.getCreateTime()), instant(task.getDueDate()), !assignee.isActiveOn(today));
                }).toList();
    }

    /** The open task, if the manager may hand it on; refused otherwise. */
    @Transactional(readOnly = true)
    public LineTask task(String managerId, String taskId) {
        Task task = openTask(taskId);
        checkManager(managerId, task);
        StaffMember assignee = staff.findById(task.getAssignee()).orElseThrow();
        return new LineTask(task.getId(), task.getName(), assignee.getId(), assignee.getFullName(),
                instant(task.getCreateTime()), instant(task.getDueDate()), !assignee.isActiveOn(clock.today()));
    }

    /** Supervisors in the manager's line, still employed, other than the one who has the task now, by name. */
    @Transactional(readOnly = true)
    public List<Supervisor> candidates(String managerId, String currentAssignee) {
        LocalDate today = clock.today();
        return below(managerId).stream()
                .filter(member -> member.isActiveOn(today) && !member.getId().equals(currentAssignee) && supervisesToday(member))
                .sorted(Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName))
                .map(member -> new Supervisor(member.getId(), member.getFullName())).toList();
    }

    @Transactional
    public HandedOver handOver(String managerId, String taskId, String to, String reason) {
        Task task = openTask(taskId);
        checkManager(managerId, task);
        String why = checkReason(reason);
        StaffMember target = checkTarget(managerId, task.getAssignee(), to);
        StaffMember from = staff.findById(task.getAssignee()).orElseThrow();
        AsSystem.run(identity, () -> tasks.setAssignee(taskId, target.getId()));
        Instant at = clock.now();
        trail.append(managerId, AUDIT_ACTION, "Task", taskId, subjectOf(task).orElse(null), why,
                "\"" + task.getName() + "\" handed from " + from.getFullName() + " (" + from.getId() + ") to "
                        + target.getFullName() + " (" + target.getId() + ")");
        mail.handedOver(target.getId(), taskId, task.getName(),
                staff.findById(managerId).map(StaffMember::getFullName).orElse(managerId), from.getFullName());
        return new HandedOver(taskId, task.getName(), from.getId(), from.getFullName(), target.getId(), target.getFullName(),
                why, at);
    }

    private Task openTask(String taskId) {
        if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
            throw HandoverRefused.noTask();
        }
        Task task = AsSystem.call(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw HandoverRefused.noTask();
        }
        return task;
    }

    private void checkManager(String managerId, Task task) {
        String assignee = task.getAssignee();
        if (assignee == null || staff.findById(assignee).isEmpty() || !lineOfManagement().isBelow(assignee, managerId)) {
            throw HandoverRefused.notAllowed("You can hand on only the tasks of supervisors in your line of management;"
                    + " this task is not assigned to one of them");
        }
        if (isOwnTask(task)) {
            throw HandoverRefused.notAllowed("This task is " + staff.findById(assignee).map(StaffMember::getFullName).orElse(assignee)
                    + "'s own, about their own supervision, and cannot be handed to someone else");
        }
    }

    private static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw HandoverRefused.input("reason", "Reason: say why you are handing this task on");
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            throw HandoverRefused.input("reason", "Reason: must be " + MAX_REASON + " characters or fewer");
        }
        TextRules.problem(why).ifPresent(problem -> {
            throw HandoverRefused.input("reason", "Reason: " + problem);
        });
        return why;
    }

    private StaffMember checkTarget(String managerId, String currentAssignee, String to) {
        if (to == null || to.isBlank()) {
            throw HandoverRefused.input("to", "Hand this task to: choose a supervisor");
        }
        StaffMember target = staff.findById(to.strip()).orElseThrow(() ->
                HandoverRefused.input("to", "Hand this task to: there is nobody with the staff id " + to.strip()));
        if (!target.isActiveOn(clock.today())) {
            throw HandoverRefused.input("to", "Hand this task to: " + target.getFullName() + " has left");
        }
        if (target.getId().equals(currentAssignee)) {
            throw HandoverRefused.input("to", "Hand this task to: the task is already " + target.getFullName() + "'s");
        }
        if (!lineOfManagement().isBelow(target.getId(), managerId)) {
            throw HandoverRefused.input("to", "Hand this task to: " + target.getFullName() + " is not in your line of management");
        }
        if (!supervisesToday(target)) {
            throw HandoverRefused.input("to", "Hand this task to: " + target.getFullName() + " supervises nobody at the moment");
        }
        return target;
    }

    /** Everyone below the manager in line management, leavers included (their open tasks are the ones to move). */
    private List<StaffMember> below(String managerId) {
        List<StaffMember> everyone = staff.findAll();
        Set<String> below = LineOfManagement.of(everyone).below(managerId);
        return everyone.stream().filter(member -> below.contains(member.getId())).toList();
    }

    private LineOfManagement lineOfManagement() {
        return LineOfManagement.of(staff.findAll());
    }

    private boolean supervisesToday(StaffMember member) {
        LocalDate today = clock.today();
        return relationships.findBySupervisorId(member.getId()).stream().anyMatch(r -> isCurrentOrComing(r, today));
    }

    /** A relationship valid today, or starting later (a supervisor of a starter not yet arrived). */
    private static boolean isCurrentOrComing(SupervisionRelationship relationship, LocalDate today) {
        return relationship.isValidOn(today) || relationship.getValidFrom().isAfter(today);
    }

    /** A task about the assignee themselves: their own supervision, which nobody else can do for them. */
    private boolean isOwnTask(Task task) {
        return subjectOf(task).map(subject -> subject.equals(task.getAssignee())).orElse(false);
    }

    /** Whom the task is about: the process's staffId, else its business key (as the task names do). */
    private Optional<String> subjectOf(Task task) {
        if (task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return AsSystem.call(identity, () -> {
            Object staffId = runtime.getVariable(task.getProcessInstanceId(), "staffId");
            if (staffId != null) {
                return Optional.of(staffId.toString());
            }
            return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).list().stream()
                    .findFirst().map(instance -> instance.getBusinessKey());
        });
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
