package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.agreement.AgreementStatus;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class StaffLeavingTest {

    static final String STAFF_HEADER = StaffDirectoryImportTest.HEADER;

    @Autowired StaffDirectoryImport directoryImport;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    ProcessDriver driver;

    @BeforeEach
    void onTheDemoDate() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        Fixtures.today(LocalDate.of(2026, 11, 23));
        driver = new ProcessDriver(engine);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void aLeaversAgreementAndSessionCycleEndWhenTheirLastWorkingDayIsOver() {
        ProcessInstance agreement = joinAndSign("qleaver");
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("qleaver").singleResult();
        driver.runDueJobs(cycle.getId());
        assertThat(cycle).isWaitingAt("bookSession");

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
        importStaff(staffId, "");
        directoryImport.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + staffId + ",rkhan,MANAGEMENT,2024-02-05,\n"));
        ProcessInstance agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(staffId).singleResult();
        driver.runDueJobs(agreement.getId());
        driver.complete(agreement.getId(), "draftAgreement", "rkhan",
                AgreementForms.draft(28, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23)));
        driver.complete(agreement.getId(), "reviewAgreement", staffId, Map.of("superviseeAccepts", true));
        driver.complete(agreement.getId(), "supervisorSigns", "rkhan", Map.of("signatureConfirmed", true));
        driver.complete(agreement.getId(), "superviseeSigns", staffId, Map.of("signatureConfirmed", true));
        return agreement;
    }

    private void importStaff(String staffId, String leftOn) {
        directoryImport.importStaff(new StringReader(STAFF_HEADER + staffId + ",Quinn," + staffId
                + "," + staffId + "@example.org,SOCIAL_WORKER,2024-02-05,37,rkhan,," + leftOn + "\n"));
    }

    private ProcessInstance leavingProcessOf(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("staff-leaving")
                .processInstanceBusinessKey(staffId).singleResult();
    }
}
