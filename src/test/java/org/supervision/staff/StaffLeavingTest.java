package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.agreement.AgreementStatus;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class StaffLeavingTest {

    @Autowired StaffDirectoryImport directoryImport;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.supervision.conflict.ConflictCases conflicts;
    @Autowired org.supervision.conflict.ConflictCaseRepository conflictCases;
    @Autowired ProcessDriver driver;

    @BeforeEach
    void onTheDemoDate() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aLeaversAgreementAndSessionCycleEndWhenTheirLastWorkingDayIsOver() {
        ProcessInstance agreement = joinAndSign("qleaver");
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("qleaver").singleResult();
        driver.runDueJobs(cycle.getId());
        assertThat(cycle).isWaitingAt("bookSession");

        org.supervision.conflict.ConflictCase conflict = conflicts.raise("qleaver", Map.of("supervisionType", "MANAGEMENT",
                "concern", "QUANTITY", "description", "Sessions keep being cancelled"));

        importStaff("qleaver", "2026-12-04");
        ProcessInstance leaving = leavingProcessOf("qleaver");
        assertThat(leaving).isWaitingAt("leavingDatePassed");

        driver.today(LocalDate.of(2026, 12, 4), leaving.getId());
        assertThat(cycle).as("still employed on the last working day").isActive();

        driver.today(LocalDate.of(2026, 12, 5), leaving.getId());
        assertThat(leaving).isEnded().hasPassed("endSupervision");
        assertThat(agreement).isEnded().hasPassed("agreementEndedOnLeaving");
        assertThat(cycle).isEnded().hasPassed("cycleEndedOnLeaving");
        assertThat(agreements.findByStaffIdOrderByIdAsc("qleaver")).extracting(a -> a.getStatus())
                .containsExactly(AgreementStatus.ENDED);
        assertThat(jdbc.queryForList("select status from supervision_session where staff_id = 'qleaver'", String.class))
                .as("the planned session will not be held").containsExactly("ENDED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(conflict.getProcessInstanceId()).count())
                .as("an open conflict case closes too").isZero();
        assertThat(conflictCases.findById(conflict.getId()).orElseThrow().getOutcome())
                .isEqualTo(org.supervision.conflict.ConflictOutcome.SUPERVISEE_LEFT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("qleaver").count())
                .as("nobody is left with a task about a leaver").isZero();
    }

    @Test
    void aWithdrawnLeavingDateEndsNothing() {
        ProcessInstance agreement = joinAndSign("rstays");
        importStaff("rstays", "2027-01-29");
        assertThat(leavingProcessOf("rstays")).isWaitingAt("leavingDatePassed");

        importStaff("rstays", "");

        assertThat(leavingProcessOf("rstays")).as("nothing waits for a date that was withdrawn").isNull();
        assertThat(agreement).isWaitingAt("agreementInForce");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("staff-leaving")
                .processInstanceBusinessKey("rstays").singleResult().getDeleteReason())
                .isEqualTo("leaving date changed in the staff directory");
    }

    private ProcessInstance joinAndSign(String staffId) {
        return new Joiners(directoryImport, engine).joinAndSign(staffId, "rkhan");
    }

    private void importStaff(String staffId, String leftOn) {
        new Joiners(directoryImport, engine).importStaff(staffId, "rkhan", leftOn);
    }

    private ProcessInstance leavingProcessOf(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("staff-leaving")
                .processInstanceBusinessKey(staffId).singleResult();
    }
}
