package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supervision.support.IntegrationTest;

/** A new task's grants without Camunda's lookup: the same rows as Camunda's own provider writes. */
@IntegrationTest
class NewTaskGrantsTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired AuthorizationService authorizations;
    @Autowired IdentityService identity;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String processKey = "grants-probe-" + suffix;
    final String assignee = "probe-assignee-" + suffix;
    final String candidate = "probe-candidate-" + suffix;
    final String group = "probe-group-" + suffix;
    String deploymentId;

    @BeforeEach
    void deployTaskWithAssigneeWhoIsAlsoACandidate() {
        deploymentId = repository.createDeployment().addModelInstance(processKey + ".bpmn",
                Bpmn.createExecutableProcess(processKey).name("Grants probe").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("probeTask").name("Probe task")
                        .camundaAssignee(assignee).camundaCandidateUsers(assignee + "," + candidate)
                        .camundaCandidateGroups(group).endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void aNewTaskGrantsItsAssigneeCandidatesAndGroupOneRowEachAndTheAssigneeCanWorkOnIt() {
        runtime.startProcessInstanceByKey(processKey);
        Task task = tasks.createTaskQuery().processDefinitionKey(processKey).singleResult();

        assertThat(grantsOn(task)).extracting(g -> g.getUserId() != null ? g.getUserId() : g.getGroupId())
                .containsExactlyInAnyOrder(assignee, candidate, group);
        assertThat(grantsOn(task)).allSatisfy(grant -> {
            assertThat(grant.isPermissionGranted(READ)).isTrue();
            assertThat(grant.isPermissionGranted(UPDATE)).isTrue();
        });

        identity.setAuthentication(assignee, List.of());
        try {
            assertThat(tasks.createTaskQuery().taskAssignee(assignee).list()).extracting(Task::getId).containsExactly(task.getId());
            tasks.complete(task.getId());
        } finally {
            identity.clearAuthentication();
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isZero();
    }

    @Test
    void anExistingTaskAssignedToItsCandidateExtendsTheCandidatesGrantRatherThanAddingOne() {
        runtime.startProcessInstanceByKey(processKey);
        Task task = tasks.createTaskQuery().processDefinitionKey(processKey).singleResult();

        tasks.setAssignee(task.getId(), candidate);

        assertThat(grantsOn(task).stream().filter(g -> candidate.equals(g.getUserId()))).hasSize(1);
    }

    private List<Authorization> grantsOn(Task task) {
        return authorizations.createAuthorizationQuery().resourceType(TASK).resourceId(task.getId()).list();
    }
}
