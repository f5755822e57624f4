package org.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
    void aTextFieldTakesOnlyTextNotANumberAYesNoValueOrADate() {
        assertThat(refusal("place", 42, form -> form.requiredText("place"))).isEqualTo("place: must be text, not a number");
        assertThat(refusal("place", true, form -> form.optionalText("place"))).isEqualTo("place: must be text, not a yes/no value");
        assertThat(refusal("place", new java.util.Date(), form -> form.requiredText("place")))
                .isEqualTo("place: must be text, not a date");
        assertThat(refusal("sessionOutcome", 7, form -> form.requiredChoice("sessionOutcome", "HELD", "POSTPONED")))
                .isEqualTo("sessionOutcome: must be text, not a number");
    }

    @Test
    void controlCharactersAreRefusedEvenAtTheEndsWhileLineBreaksTabsAndAnyScriptAreText() {
        assertThat(refusal("title", "\u0000", form -> form.requiredText("title"))).startsWith("title: contains an invisible control character (code 0");
        assertThat(refusal("title", "Court skills\u0000", form -> form.requiredText("title"))).contains("control character");
        assertThat(refusal("title", "bell\u0007", form -> form.optionalText("title"))).contains("code 7");
        String text = " Line one\r\nline two\twith שלום and 👩‍⚕️ ";
        String read = read("title", text, form -> form.requiredText("title"));
        assertThat(read).isEqualTo(text.strip());
    }

    @Test
    void textOverTheLimitIsRefusedWithItsLength() {
        assertThat(refusal("notes", "x".repeat(FormInput.MAX_TEXT + 1), form -> form.optionalText("notes")))
                .isEqualTo("notes: is 4001 characters long; at most 4000 are allowed");
    }

    @Test
    void aDateMustBeARealDateWithinTheWindowThatMakesSenseForTheField() {
        DateWindow ahead = DateWindow.ahead(LocalDate.of(2026, 11, 30));
        assertThat(refusal("sessionDate", "9999-12-31", form -> form.requiredDate("sessionDate", ahead)))
                .isEqualTo("sessionDate: 31 December 9999 is too far ahead: give a date from today (30 November 2026) to 30 November 2028");
        assertThat(refusal("sessionDate", "0000-01-01", form -> form.requiredDate("sessionDate", ahead)))
                .isEqualTo("sessionDate: 1 January 0000 is in the past: give a date from today (30 November 2026) to 30 November 2028");
        assertThat(refusal("heldOn", "2026-12-01", form -> form.requiredDate("heldOn", DateWindow.behind(LocalDate.of(2026, 11, 30)))))
                .startsWith("heldOn: 1 December 2026 is in the future");
        assertThat(refusal("sessionDate", "2026-02-30", form -> form.requiredDate("sessionDate", ahead)))
                .isEqualTo("sessionDate: '2026-02-30' is not a real date");
        assertThat(refusal("sessionDate", 20261231, form -> form.requiredDate("sessionDate", ahead)))
                .isEqualTo("sessionDate: must be a date, not a number");
        LocalDate date = read("sessionDate", "2026-12-07", form -> form.requiredDate("sessionDate", ahead));
        assertThat(date).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aMissingChoiceIsRefusedNeverTakenAsAnOption() {
        assertThat(refusal("other", "x", form -> form.requiredChoice("sessionOutcome", "HELD", "POSTPONED")))
                .isEqualTo("sessionOutcome: is required: choose one of HELD, POSTPONED");
    }

    /**
     * Submits the value to the waiting process and reads it the way the task's complete listener does, in one
     * transaction as task completion has it (a refused value is never written).
     */
    private <T> T read(String field, Object value, java.util.function.Function<FormInput, T> reader) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    TaskEntity task = context.getTaskManager().findTaskById(taskId);
                    task.getExecution().setVariable(field, value);
                    return reader.apply(FormInput.of(task));
                });
    }

    private String refusal(String field, Object value, java.util.function.Function<FormInput, ?> reader) {
        try {
            read(field, value, reader);
        } catch (TaskInputException refused) {
            return refused.getMessage();
        }
        throw new AssertionError(field + " = " + value + " was accepted");
    }

    @Test
    void aTaskWithItsProcessInPlaceIsReadAsUsual() {

        String staffId = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> FormInput.of(context.getTaskManager().findTaskById(taskId)).requiredText("staffId"));

        assertThat(staffId).isEqualTo("eclark");
    }
}
