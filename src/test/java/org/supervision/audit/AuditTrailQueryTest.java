package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.supervision.learning.TrainingRequests;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trail reads variable updates and decision tables with its own SQL; what it shows must
 * be what Camunda's history API says about the same rows, value for value.
 */
@IntegrationTest
@AlsoOnPostgres // the trail's SQL reads PostgreSQL's column types
class AuditTrailQueryTest {

    @Autowired AuditTrailQuery query;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired StaffDirectoryImport directory;
    @Autowired TrainingRequests training;

    @Test
    void decisionsAndDecisionTablesReadAsCamundasHistoryHasThem() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new Joiners(directory, engine).joinAndSign("audq", "tnguyen");
        String request = training.request("audq", Map.of("title", "Court skills", "provider", "Academy",
                "category", "COURSE", "cost", "750", "learningObjective", "Prepare for a contested hearing"))
                .getProcessInstanceId();
        // one recorded variable (others are kept out of history) set to a value of every type in turn
        for (Object value : new Object[] {"yes, approved", false, (short) 7, 42, 1_234_567_890_123L, 12.5,
                new Date(1_795_000_000_000L), null, Variables.stringValue(null), Variables.byteArrayValue(new byte[] {1, 2})}) {
            runtime.setVariable(request, "sessionOutcome", value);
        }

        List<TimelineEntry> trail = query.trail(new AuditTrailQuery.Criteria("audq", null, null, null, null, null));

        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("audq").list();
        String[] instanceIds = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        List<String> expectedUpdates = new ArrayList<>();
        history.createHistoricDetailQuery().processInstanceIdIn(instanceIds).variableUpdates().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> !update.getTypeName().equals("bytes"))
                .forEach(update -> expectedUpdates.add(update.getTime().toInstant() + " " + update.getProcessInstanceId()
                        + " " + update.getActivityInstanceId() + " " + update.getVariableName() + " = " + update.getValue()));
        assertThat(expectedUpdates).as("the history holds form decisions and every type set above").hasSizeGreaterThan(12);
        assertThat(trail).filteredOn(entry -> entry.kind().equals("DECISION") && !entry.what().endsWith("[bytes value]"))
                .extracting(entry -> entry.at() + " " + entry.processInstanceId() + " " + entry.activityId() + " " + entry.what())
                .containsExactlyInAnyOrderElementsOf(expectedUpdates);
        assertThat(trail).extracting(TimelineEntry::what).as("bytes are named, not turned back into objects")
                .contains("sessionOutcome = [bytes value]", "sessionOutcome = null", "sessionOutcome = 12.5",
                        "sessionOutcome = " + new Date(1_795_000_000_000L), "sessionOutcome = false");

        List<String> expectedTables = new ArrayList<>();
        List<HistoricDecisionInstance> decisions = new ArrayList<>();
        for (String instanceId : instanceIds) {
            decisions.addAll(history.createHistoricDecisionInstanceQuery().processInstanceId(instanceId)
                    .includeInputs().includeOutputs().list());
        }
        for (HistoricDecisionInstance decision : decisions) {
            StringBuilder details = new StringBuilder("inputs ");
            decision.getInputs().forEach(in -> details.append(in.getClauseName()).append('=').append(in.getValue()).append(' '));
            details.append("outputs ");
            decision.getOutputs().forEach(out -> details.append(out.getVariableName()).append('=').append(out.getValue()).append(' '));
            expectedTables.add(decision.getEvaluationTime().toInstant() + " " + decision.getProcessInstanceId() + " "
                    + decision.getActivityId() + " " + decision.getDecisionDefinitionName() + " " + details.toString().trim());
        }
        assertThat(expectedTables).as("the training request's approval route").isNotEmpty();
        assertThat(trail).filteredOn(entry -> entry.kind().equals("DECISION_TABLE"))
                .extracting(entry -> entry.at() + " " + entry.processInstanceId() + " " + entry.activityId() + " "
                        + entry.what() + " " + entry.details())
                .containsExactlyInAnyOrderElementsOf(expectedTables);
    }
}
