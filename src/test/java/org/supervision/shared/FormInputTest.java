package org.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;

@IntegrationTest
class FormInputTest {

    @Autowired ProcessEngine engine;

    String instance;
    String taskId;

    @BeforeEach
    void aProcessWaitingAtATask() {
        Fixtures.deployRoutingFixture(engine.getRepositoryService());
        instance = engine.getRuntimeService().startProcessInstanceByKey("routing-fixture", Map.of("staffId", "eclark")).getId();
        taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @Test
    void aTaskWhoseProcessMovedOnMeanwhileIsAConflictNotAMissingField() {

        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        commands.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            // the winner's transaction ends the process before this one reaches the form
            CompletableFuture.runAsync(() -> engine.getRuntimeService().deleteProcessInstance(instance, "completed elsewhere"))
                    .join();

            assertThatThrownBy(() -> FormInput.of(task)).isInstanceOf(ConflictingChangeException.class)
                    .hasMessageContaining("Someone else completed this task");
            return null;
        });
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void aTaskWithItsProcessInPlaceIsReadAsUsual() {

        String staffId = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> FormInput.of(context.getTaskManager().findTaskById(taskId)).requiredText("staffId"));

        assertThat(staffId).isEqualTo("eclark");
    }
}
