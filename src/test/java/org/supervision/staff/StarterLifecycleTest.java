package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.support.AgreementForms;
import org.supervision.support.DueJobs;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new member's agreement, work plan and learning plan start once the directory gives them
 * a supervisor, whichever import brings it, so no first step waits in Cockpit for an
 * administrator; someone who starts later has their agreement negotiated before their first
 * day.
 */
@IntegrationTest
class StarterLifecycleTest {

    static final String STAFF_HEADER = "id,first_name,last_name,email,category,start_date,hours_per_week,"
            + "line_manager_id,roles,left_on\n";
    static final String SUPERVISION_HEADER = "supervisee_id,supervisor_id,type,valid_from,valid_to\n";
    static final List<String> LIFECYCLE = List.of("supervision-agreement", "work-plan", "learning-plan");

    @Autowired StaffDirectoryImport directory;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired ProcessDriver driver;

    @BeforeEach
    void onTheDemoDate() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aStarterWhoseSupervisorArrivesInALaterImportStartsThenWithoutIncidents() {
        long incidentsBefore = runtime.createIncidentQuery().count();
        Teams.importTeam(directory, Teams.supervisor("slsup", "Sam", "Lead"));
        String staffFile = STAFF_HEADER + row("slnew", "Nia", "New", "SOCIAL_WORKER", "2026-11-23", "slsup");
        directory.importStaff(new StringReader(staffFile));

        assertThat(lifecycleOf("slnew")).as("no supervisor yet: nothing started").isEmpty();
        runJobsOf("slnew", "slsup");
        assertThat(runtime.createIncidentQuery().count()).as("nothing waits for an administrator")
                .isEqualTo(incidentsBefore);

        String supervisionFile = SUPERVISION_HEADER + "slnew,slsup,MANAGEMENT,2026-11-23,\n";
        directory.importSupervision(new StringReader(supervisionFile));

        assertThat(lifecycleOf("slnew")).extracting(ProcessInstance::getProcessDefinitionId)
                .map(id -> id.substring(0, id.indexOf(':')))
                .containsExactlyInAnyOrderElementsOf(LIFECYCLE);
        runJobsOf("slnew");
        assertThat(openTasksOf("slnew")).extracting(Task::getTaskDefinitionKey, Task::getAssignee)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("draftAgreement", "slsup"),
                        org.assertj.core.groups.Tuple.tuple("agreeWorkPlan", "slsup"),
                        org.assertj.core.groups.Tuple.tuple("agreePlan", "slsup"));
        assertThat(runtime.createIncidentQuery().count()).isEqualTo(incidentsBefore);

        directory.importStaff(new StringReader(staffFile));
        directory.importSupervision(new StringReader(supervisionFile));
        assertThat(lifecycleOf("slnew")).as("a re-import starts nothing twice").hasSize(3);
    }

    @Test
    void aFutureStarterHasTheAgreementNegotiatedBeforeTheirFirstDay() {
        long incidentsBefore = runtime.createIncidentQuery().count();
        Teams.importTeam(directory, Teams.supervisor("fssup", "Fay", "Lead"),
                Teams.supervisee("fsnew", "Felix", "Future", "ASYE", LocalDate.of(2027, 1, 11)));

        ProcessInstance agreement = lifecycleOf("fsnew").stream()
                .filter(instance -> instance.getProcessDefinitionId().startsWith("supervision-agreement:"))
                .findFirst().orElseThrow();
        Task draft = driver.task(agreement.getId(), "draftAgreement");
        assertThat(draft.getAssignee()).as("the supervisor from the start date").isEqualTo("fssup");
        runJobsOf("fsnew");
        assertThat(runtime.createIncidentQuery().count()).isEqualTo(incidentsBefore);

        assertThatThrownBy(() -> driver.complete(draft, "fssup",
                AgreementForms.draft(7, LocalDate.of(2027, 1, 4), LocalDate.of(2026, 11, 20))))
                .hasMessageContaining("firstSessionOn: 4 January 2027 is before Felix Future starts:"
                        + " give a date from their start date (11 January 2027)");
        assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("the draft stays open").isEqualTo(1);

        driver.complete(draft, "fssup", AgreementForms.draft(7, LocalDate.of(2027, 1, 12), LocalDate.of(2026, 11, 20)));
        assertThat(driver.task(agreement.getId(), "reviewAgreement").getAssignee()).isEqualTo("fsnew");
        Task workPlan = openTasksOf("fsnew").stream().filter(t -> t.getTaskDefinitionKey().equals("agreeWorkPlan"))
                .findFirst().orElseThrow();
        assertThat(workPlan.getDueDate()).as("by the end of 11 April 2027: three months after the first day, not the import")
                .isEqualTo(Date.from(LocalDate.of(2027, 4, 12).atStartOfDay(ZoneId.of("Europe/London")).toInstant()));
    }

    private List<ProcessInstance> lifecycleOf(String staffId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(staffId)
                .processDefinitionKeyIn(LIFECYCLE.toArray(String[]::new)).list();
    }

    private List<Task> openTasksOf(String staffId) {
        return lifecycleOf(staffId).stream()
                .flatMap(instance -> tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream())
                .toList();
    }

    /** As the job executor would: a step that cannot be routed fails until it is an incident. */
    private void runJobsOf(String... staffIds) {
        for (String staffId : staffIds) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(staffId).list().forEach(instance ->
                    DueJobs.of(management, instance.getId()).failuresBecomeIncidents().run());
        }
    }

    private static String row(String id, String first, String last, String category, String started, String manager) {
        return String.join(",", id, first, last, id + "@example.org", category, started, "37", manager, "", "") + "\n";
    }
}
