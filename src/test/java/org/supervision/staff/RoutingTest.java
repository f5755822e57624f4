package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@AlsoOnPostgres
class RoutingTest {

    @Autowired Routing routing;
    @Autowired StaffDirectoryImport directoryImport;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    @BeforeEach
    void onTheDemoDate() {
        Fixtures.today(LocalDate.of(2026, 11, 22));
    }

    @Test
    void supervisorsAreFoundPerTypeOfSupervision() {
        assertThat(routing.supervisorOf("eclark")).isEqualTo("pjones");
        assertThat(routing.supervisorOf("gwalker", "MANAGEMENT")).isEqualTo("tnguyen");
        assertThat(routing.supervisorOf("gwalker", "PEER")).isEqualTo("ohughes");
        assertThat(routing.supervisorOf("hpatel", "PROFESSIONAL")).isEqualTo("adavies");
        assertThat(routing.seniorManagerOf("eclark")).isEqualTo("sahmed");
        assertThat(routing.hrGroup()).isEqualTo("hr");
    }

    @Test
    void aSuperviseeWithoutSupervisorGetsAClearError() {
        importStaff("rnosup,Rae,Nosup,rae.nosup@example.org,SOCIAL_WORKER,2025-01-06,37,pjones,,");

        assertThatThrownBy(() -> routing.supervisorOf("rnosup"))
                .isInstanceOf(RoutingException.class)
                .hasMessage("Rae Nosup (rnosup) has no active management supervisor on 2026-11-22: "
                        + "add a supervision relationship to the staff directory");
        assertThatThrownBy(() -> routing.supervisorOf("eclark", "CLINICAL"))
                .hasMessageContaining("Emily Clark (eclark) has no active clinical supervisor");
    }

    @Test
    void aSupervisionRelationshipIsOnlyUsedWhileItIsValid() {
        Fixtures.today(LocalDate.of(2026, 6, 30));
        assertThat(routing.supervisorOf("pking")).isEqualTo("cobrien");

        Fixtures.today(LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> routing.supervisorOf("pking"))
                .isInstanceOf(RoutingException.class).hasMessage("Priya King (pking) left on 2026-06-30");
    }

    @Test
    void aLineManagerWhoHasLeftIsSkippedForTheirOwnManager() {
        importStaff("rorphan,Rob,Orphan,rob.orphan@example.org,SOCIAL_WORKER,2018-01-08,37,pking,,");

        Fixtures.today(LocalDate.of(2026, 6, 1));
        assertThat(routing.lineManagerOf("rorphan")).isEqualTo("pking");
        Fixtures.today(LocalDate.of(2026, 7, 1));
        assertThat(routing.lineManagerOf("rorphan")).isEqualTo("cobrien");
    }

    @Test
    void theTopOfTheOrganisationHasNoLineManagerToEscalateTo() {
        assertThatThrownBy(() -> routing.seniorManagerOf("sahmed"))
                .isInstanceOf(RoutingException.class)
                .hasMessage("Diane Morgan (dmorgan) has no active line manager on 2026-11-22: set line_manager_id in the staff directory");
    }

    @Test
    void aSupervisorWhoIsTheOnlyReportOfTheirManagerEscalatesToThatManager() {
        importStaff("solohead,Sol,Head,sol.head@example.org,MANAGER,2015-01-05,37,rkhan,,",
                "solosup,Sol,Sup,sol.sup@example.org,MANAGER,2016-01-04,37,solohead,,",
                "solosw,Sol,Worker,sol.worker@example.org,SOCIAL_WORKER,2020-01-06,37,solosup,,");
        directoryImport.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "solosw,solosup,MANAGEMENT,2020-01-06,\n"));

        assertThat(routing.supervisorOf("solosw")).isEqualTo("solosup");
        assertThat(routing.lineManagerOf("solosup")).isEqualTo("solohead");
        assertThat(routing.seniorManagerOf("solosw")).isEqualTo("solohead");
    }

    @Test
    void anUnroutableTaskBecomesAnIncidentInsteadOfAnUnassignedTask() {
        Fixtures.deployRoutingFixture(repository);
        importStaff("inosup,Ines,Nosup,ines.nosup@example.org,OTHER_STAFF,2024-05-06,37,lwilson,,");
        ProcessInstance instance = runtime.startProcessInstanceByKey("routing-fixture", Map.of("staffId", "inosup"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasRootCauseInstanceOf(RoutingException.class);
        }

        Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getIncidentMessage()).contains("Ines Nosup (inosup) has no active management supervisor");
        assertThat(incident.getActivityId()).isEqualTo("supervisorChecks");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private void importStaff(String... rows) {
        directoryImport.importStaff(new StringReader(
                "id,first_name,last_name,email,category,start_date,hours_per_week,line_manager_id,roles,left_on\n"
                        + String.join("\n", rows) + "\n"));
    }
}
