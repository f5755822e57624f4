package org.supervision.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supervision.engine.AsSystem;
import org.supervision.engine.CompletedTaskNotice;
import org.supervision.engine.TaskCompletedMeanwhile;
import org.supervision.shared.ConcurrentChange;
import org.supervision.shared.ConflictingChangeException;
import org.supervision.shared.TaskInputException;
import org.springframework.stereotype.Component;

/**
 * The workspace's way into the engine for forms. Reading a form and submitting it happen as
 * the person (their user id and groups set on the engine for the call, and cleared after),
 * through the same API Tasklist uses ({@code FormService.submitTaskForm} and
 * {@code submitStartForm}): Camunda's authorizations and the product's listeners apply exactly
 * as they do there. Failures come back as a {@link FormOutcome}, never as an exception a page
 * would show.
 */
@Component
class EngineForms {

    private static final Logger LOG = LoggerFactory.getLogger(EngineForms.class);

    private final ProcessEngine engine;
    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final CompletedTaskNotice completedTasks;

    EngineForms(ProcessEngine engine, CompletedTaskNotice completedTasks) {
        this.engine = engine;
        this.forms = engine.getFormService();
        this.tasks = engine.getTaskService();
        this.repository = engine.getRepositoryService();
        this.identity = engine.getIdentityService();
        this.completedTasks = completedTasks;
    }

    /** The task as the engine has it (read as the product: call only after the access check). */
    Task task(String taskId) {
        return AsSystem.call(identity, () -> tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
    }

    /** The task's deployed Camunda Form, read as the person (Camunda checks they may read the task). */
    Optional<FormDefinition> taskForm(String userId, String taskId) {
        try {
            return asUser(userId, () -> FormDefinition.read(forms.getDeployedTaskForm(taskId)));
        } catch (ProcessEngineException noCamundaForm) {
            LOG.debug("No Camunda Form for task {}: {}", taskId, noCamundaForm.getMessage());
            return Optional.empty();
        }
    }

    /** The variables the form shows, as Tasklist reads them: the form's keys, seen from the task. */
    Map<String, Object> taskVariables(String userId, String taskId) {
        return asUser(userId, () -> new HashMap<>(forms.getTaskFormVariables(taskId, null, false)));
    }

    /** The latest version of a process the person may start, if they may read it. */
    Optional<ProcessDefinition> startable(String userId, String processKey) {
        return asUser(userId, () -> Optional.ofNullable(repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().withoutTenantId().singleResult()));
    }

    Optional<FormDefinition> startForm(String userId, String definitionId) {
        try {
            return asUser(userId, () -> FormDefinition.read(forms.getDeployedStartForm(definitionId)));
        } catch (ProcessEngineException noCamundaForm) {
            LOG.debug("No Camunda start form for {}: {}", definitionId, noCamundaForm.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Completes the task with the form's values. A task offered to the person (not yet
     * assigned) is claimed first, as Tasklist asks people to do; if the submission is then
     * refused, the claim is given back so that the task stays offered to the others.
     */
    FormOutcome submitTask(String userId, String taskId, Map<String, Object> values) {
        boolean claimed = false;
        try {
            Task task = task(taskId);
            if (task != null && task.getAssignee() == null) {
                asUser(userId, () -> {
                    tasks.claim(taskId, userId);
                    return null;
                });
                claimed = true;
            }
            VariableMap variables = Variables.fromMap(values);
            asUser(userId, () -> {
                forms.submitTaskForm(taskId, variables);
                return null;
            });
            return new FormOutcome.Done();
        } catch (RuntimeException failure) {
            FormOutcome outcome = taskFailure(userId, taskId, failure);
            if (claimed && !(outcome instanceof FormOutcome.Conflict)) {
                giveBack(userId, taskId);
            }
            return outcome;
        }
    }

    /** Starts the process with the start form's values, in the person's name (the engine sets the initiator). */
    FormOutcome submitStart(String userId, String definitionId, Map<String, Object> values) {
        try {
            asUser(userId, () -> forms.submitStartForm(definitionId, Variables.fromMap(values)));
            return new FormOutcome.Done();
        } catch (RuntimeException failure) {
            return common(failure).orElseGet(() -> {
                LOG.warn("Starting {} for {} failed", definitionId, userId, failure);
                return new FormOutcome.Failed();
            });
        }
    }

    /**
     * Who completed a task that is no longer open, and when ("Sam Patel completed this task on
     * 4 December 2026 at 14:05"), the same words as Camunda's REST API answers; empty when it
     * is not done or the person neither held nor was offered it, so that no stranger is told.
     */
    Optional<String> completedBy(String userId, String taskId) {
        return completedTasks.whoAndWhen(userId, taskId);
    }

    private FormOutcome taskFailure(String userId, String taskId, RuntimeException failure) {
        Optional<FormOutcome> known = common(failure);
        if (known.isPresent() && known.get() instanceof FormOutcome.Refused) {
            return known.get();
        }
        // the loser of a race may fail anywhere in the engine, even with a refusal of access
        if (TaskCompletedMeanwhile.check(engine, taskId)) {
            return new FormOutcome.Conflict(completedBy(userId, taskId).orElse("Someone else has already completed this task")
                    + ". Nothing you entered has been saved.");
        }
        return known.orElseGet(() -> {
            LOG.warn("Completing task {} failed", taskId, failure);
            return new FormOutcome.Failed();
        });
    }

    private Optional<FormOutcome> common(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputException input) {
                String problem = input.getMessage().startsWith(input.getField() + ": ")
                        ? input.getMessage().substring(input.getField().length() + 2) : input.getMessage();
                return Optional.of(new FormOutcome.Refused(input.getField(), problem));
            }
            if (cause instanceof ConflictingChangeException conflict) {
                return Optional.of(new FormOutcome.Conflict(conflict.getMessage() + ". Nothing you entered has been saved."));
            }
        }
        if (ConcurrentChange.isConcurrentChange(failure)) {
            return Optional.of(new FormOutcome.Conflict("Someone else changed this task or its record at the same moment. "
                    + "Nothing you entered has been saved: look at it again and try once more."));
        }
        if (failure instanceof AuthorizationException) {
            return Optional.of(new FormOutcome.Forbidden("You are not allowed to do this."));
        }
        return Optional.empty();
    }

    private void giveBack(String userId, String taskId) {
        try {
            asUser(userId, () -> {
                tasks.setAssignee(taskId, null);
                return null;
            });
        } catch (RuntimeException stillClaimed) {
            LOG.debug("Could not give task {} back: {}", taskId, stillClaimed.getMessage());
        }
    }

    List<String> groups(String userId) {
        return AsSystem.call(identity, () -> identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }

    /** Runs the work as the person, with their groups, and leaves no authentication behind. */
    private <T> T asUser(String userId, Supplier<T> work) {
        List<String> groups = groups(userId);
        identity.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
