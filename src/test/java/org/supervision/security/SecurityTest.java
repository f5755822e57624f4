package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityTest {

    static final String PASSWORD = "demo";

    @LocalServerPort int port;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    Task emilysTask;
    Task tomsTask;

    @BeforeEach
    void twoSuperviseesEachWithATask() {
        Fixtures.deployRoutingFixture(repository);
        emilysTask = taskOf(runtime.startProcessInstanceByKey("routing-fixture", Map.of("staffId", "eclark")).getId());
        tomsTask = taskOf(runtime.startProcessInstanceByKey("routing-fixture", Map.of("staffId", "twright")).getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/task",
            "/engine-rest/user", "/api/staff/import", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
            "/camunda/app/admin/default/", "/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default"})
    void everySurfaceRefusesAnonymousRequests(String path) {
        HttpResponse<String> response = WebClient.anonymous(port).get(path);

        assertThat(response.statusCode()).as(path).isIn(401, 302);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(response.body()).doesNotContain("eclark", "twright");
    }

    @Test
    void wrongPasswordsAreRefusedOnTheRestApi() {
        assertThat(WebClient.basic(port, "nevans", "not-her-password").get("/engine-rest/task").statusCode()).isEqualTo(401);
    }

    @Test
    void aSuperviseeSeesOnlyTheirOwnTasksThroughTheEngineRestApi() {
        WebClient tom = WebClient.basic(port, "twright", PASSWORD);

        String list = tom.get("/engine-rest/task").body();
        assertThat(list).contains(tomsTask.getId()).doesNotContain(emilysTask.getId());
        assertThat(tom.get("/engine-rest/task/" + emilysTask.getId()).statusCode()).isIn(403, 404);
        assertThat(tom.get("/engine-rest/task/" + emilysTask.getId() + "/variables").statusCode()).isIn(403, 404);
    }

    @Test
    void aSuperviseeCannotReadAnotherSuperviseesProcessOrHistory() {
        WebClient tom = WebClient.basic(port, "twright", PASSWORD);
        String emilysInstance = emilysTask.getProcessInstanceId();

        assertThat(tom.get("/engine-rest/process-instance").body()).doesNotContain(emilysInstance);
        assertThat(tom.get("/engine-rest/process-instance/" + emilysInstance + "/variables").statusCode()).isIn(403, 404);
        assertThat(tom.get("/engine-rest/history/variable-instance?processInstanceId=" + emilysInstance).body())
                .isEqualTo("[]");
        assertThat(tom.get("/engine-rest/history/task?processInstanceId=" + emilysInstance).body()).isEqualTo("[]");
        assertThat(tom.get("/engine-rest/history/process-instance").body()).doesNotContain(emilysInstance);
    }

    @Test
    void aTaskReassignedAwayCannotBeCompletedByTheFormerAssigneeOnAnySurface() {
        tasks.setAssignee(emilysTask.getId(), "hpatel"); // e.g. a manager moved the work

        HttpResponse<String> viaRest = WebClient.basic(port, "eclark", PASSWORD)
                .post("/engine-rest/task/" + emilysTask.getId() + "/complete", "application/json", "{}");
        HttpResponse<String> viaTasklist = WebClient.browser(port, "eclark", PASSWORD)
                .webappPost("/camunda/api/engine/engine/default/task/" + emilysTask.getId() + "/submit-form", "{\"variables\":{}}");

        assertThat(viaRest.statusCode()).isEqualTo(403);
        assertThat(viaTasklist.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(emilysTask.getId()).singleResult()).as("task still open").isNotNull();
        assertThat(WebClient.basic(port, "eclark", PASSWORD).get("/engine-rest/task/" + emilysTask.getId()).statusCode())
                .as("former assignee can no longer read it").isIn(403, 404);

        HttpResponse<String> byNewAssignee = WebClient.basic(port, "hpatel", PASSWORD)
                .post("/engine-rest/task/" + emilysTask.getId() + "/complete", "application/json", "{}");
        assertThat(byNewAssignee.statusCode()).isEqualTo(204);
    }

    @Test
    void aDemoSupervisorLogsInOnceAndUsesTasklistWithTheRoleFilters() {
        WebClient paul = WebClient.browser(port, "pjones", PASSWORD);

        assertThat(paul.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        String filters = paul.get("/camunda/api/engine/engine/default/filter").body();
        assertThat(filters).contains("My tasks", "Offered to my groups", "Managers: escalations").doesNotContain("HR: supervision cases");
        assertThat(paul.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"pjones\"", "tasklist");
    }

    @Test
    void onlyHrAndAdministratorsMayImportTheDirectory() {
        String csv = "supervisee_id,supervisor_id,type,valid_from,valid_to\neclark,pjones,MANAGEMENT,2026-09-07,\n";

        assertThat(WebClient.basic(port, "eclark", PASSWORD).post("/api/staff/supervision/import", "text/csv", csv).statusCode())
                .isEqualTo(403);
        HttpResponse<String> byHr = WebClient.basic(port, "hbaker", PASSWORD).post("/api/staff/supervision/import", "text/csv", csv);
        assertThat(byHr.statusCode()).isEqualTo(200);
        assertThat(byHr.body()).isEqualTo("{\"created\":0,\"updated\":0,\"unchanged\":1}");
    }

    @Test
    void aRejectedImportNamesLineFieldAndProblem() {
        HttpResponse<String> response = WebClient.basic(port, "admin", "test-admin-password").post("/api/staff/supervision/import",
                "text/csv", "supervisee_id,supervisor_id,type,valid_from,valid_to\neclark,pjones,WEEKLY,2026-09-07,\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"line\":2", "\"field\":\"type\"", "unknown value 'WEEKLY'");
    }

    private Task taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
