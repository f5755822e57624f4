package org.supervision.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives process instances in tests the way users and the job executor would: tasks are
 * completed as their assignee (with that user's groups, so authorizations apply), and jobs
 * run only once due on the engine clock, which the test moves by hand.
 */
public final class ProcessDriver {

    private final ManagementService management;
    private final TaskService tasks;
    private final IdentityService identity;

    public ProcessDriver(ProcessEngine engine) {
        this.management = engine.getManagementService();
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
    }

    /** Runs every job of the instance that is due now, including jobs that those create; a failure is thrown. */
    public void runDueJobs(String processInstanceId) {
        DueJobs.of(management, processInstanceId).run();
    }

    /** Moves the clock to 09:00 on the given day and runs what fell due. */
    public void today(LocalDate date, String processInstanceId) {
        Fixtures.today(date);
        runDueJobs(processInstanceId);
    }

    public Task task(String processInstanceId, String taskDefinitionKey) {
        runDueJobs(processInstanceId);
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).list();
        if (open.size() != 1) {
            throw new AssertionError("Expected one open task '" + taskDefinitionKey + "' but found " + open.size()
                    + "; open tasks: " + tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                    .map(Task::getTaskDefinitionKey).toList());
        }
        return open.get(0);
    }

    /** Completes the task as the given user, as Tasklist would after the form is submitted. */
    public void complete(Task task, String userId, Map<String, Object> form) {
        if (!userId.equals(task.getAssignee())) {
            throw new AssertionError("Task " + task.getTaskDefinitionKey() + " is assigned to " + task.getAssignee()
                    + ", not " + userId);
        }
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
        runDueJobs(task.getProcessInstanceId());
    }

    public void complete(String processInstanceId, String taskDefinitionKey, String userId, Map<String, Object> form) {
        complete(task(processInstanceId, taskDefinitionKey), userId, form);
    }
}
