package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@AlsoOnPostgres
class SecurityTest {

    static final String PASSWORD = "demo";
    static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    @LocalServerPort int port;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessEngine engine;
    @Autowired org.supervision.staff.StaffDirectoryImport directory;

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
    void aFontTheLoginPageAsksForIsNotWhereThePersonLandsAfterSigningIn() {
        // GOV.UK Frontend's style sheet names fonts under /assets/fonts/, which are not served
        WebClient browser = WebClient.anonymous(port);
        assertThat(browser.get("/assets/fonts/bold-affa96571d-v2.woff").statusCode()).as("not sent to the login page").isEqualTo(404);
        HttpResponse<String> login = browser.formLogin("nevans", PASSWORD);
        assertThat(login.headers().firstValue("Location")).as("the workspace, not the font")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("assets"));
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
        assertThat(filters).contains("My tasks", "Offered to me or my groups", "Managers: escalations").doesNotContain("HR: supervision cases");
        assertThat(paul.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"pjones\"", "tasklist");
    }

    @Test
    void signingOutOfTasklistEndsTheSessionAndNamesTheLoginPageForTheWebappsPluginToOpen() {
        WebClient paul = WebClient.browser(port, "pjones", PASSWORD);
        assertThat(paul.get("/camunda/api/tasklist/plugin/supervision-sign-out/static/app/plugin.js").body())
                .as("Tasklist loads the sign-out plugin").contains("signOutAt");

        HttpResponse<String> signedOut = paul.webappPost("/camunda/api/admin/auth/user/default/logout", "{}");

        assertThat(signedOut.statusCode()).as("as Camunda's own script expects").isEqualTo(200);
        assertThat(signedOut.body()).isEqualTo("{\"signOutAt\":\"/login?logout\"}");
        assertThat(paul.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
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

    @Test
    void aTaskUnclaimedInTasklistIsOfferedBackToThePersonItWasRoutedTo() {
        WebClient emily = WebClient.browser(port, "eclark", PASSWORD);

        HttpResponse<String> unclaim = emily.webappPost(TASKLIST_API + "/task/" + emilysTask.getId() + "/unclaim", "{}");

        assertThat(unclaim.statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(emilysTask.getId()).singleResult().getAssignee()).isNull();
        String offered = filterId(emily, AuthorizationSetup.OFFERED);
        assertThat(emily.webappPost(TASKLIST_API + "/filter/" + offered + "/list", "{}").body())
                .as("in her filter 'Offered to me or my groups'").contains(emilysTask.getId());
        assertThat(emily.webappPost(TASKLIST_API + "/task/" + emilysTask.getId() + "/claim", "{\"userId\":\"eclark\"}")
                .statusCode()).isEqualTo(204);
        assertThat(WebClient.basic(port, "eclark", PASSWORD).post("/engine-rest/task/" + emilysTask.getId() + "/complete",
                "application/json", "{}").statusCode()).isEqualTo(204);
        assertThat(WebClient.basic(port, "twright", PASSWORD).get("/engine-rest/task/" + tomsTask.getId()).statusCode())
                .as("the others are not offered it").isEqualTo(200);
    }

    @Test
    void aTaskOfferedBackAndThenReassignedIsNoLongerOfferedToTheFormerAssignee() {
        WebClient.browser(port, "eclark", PASSWORD).webappPost(TASKLIST_API + "/task/" + emilysTask.getId() + "/unclaim", "{}");
        tasks.setAssignee(emilysTask.getId(), "hpatel");

        assertThat(WebClient.basic(port, "eclark", PASSWORD).get("/engine-rest/task/" + emilysTask.getId()).statusCode())
                .isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(emilysTask.getId()).taskCandidateUser("eclark").count()).isZero();
    }

    @Test
    void aProcessIsStartedInTheCallersNameOnly() {
        long conflicts = runtime.createProcessInstanceQuery().processDefinitionKey("conflict-escalation").count();
        long trainingRequests = runtime.createProcessInstanceQuery().processDefinitionKey("training-request").count();
        HttpResponse<String> asTom = WebClient.basic(port, "eclark", PASSWORD).post(
                "/engine-rest/process-definition/key/conflict-escalation/start", "application/json",
                "{\"variables\":{\"raisedBy\":{\"value\":\"twright\"},\"superviseeId\":{\"value\":\"twright\"},"
                        + "\"supervisionType\":{\"value\":\"MANAGEMENT\"},\"concern\":{\"value\":\"QUALITY\"},"
                        + "\"description\":{\"value\":\"Spoofed\"}}}");
        HttpResponse<String> trainingAsTom = WebClient.basic(port, "eclark", PASSWORD).post(
                "/engine-rest/process-definition/key/training-request/submit-form", "application/json",
                "{\"variables\":{\"requestedBy\":{\"value\":\"twright\"},\"title\":{\"value\":\"Spoofed course\"},"
                        + "\"category\":{\"value\":\"COURSE\"},\"cost\":{\"value\":\"10\"},"
                        + "\"learningObjective\":{\"value\":\"None\"}}}");
        HttpResponse<String> steering = WebClient.basic(port, "eclark", PASSWORD).post(
                "/engine-rest/process-definition/key/conflict-escalation/start", "application/json",
                "{\"variables\":{\"caseId\":{\"value\":1},\"supervisionType\":{\"value\":\"MANAGEMENT\"},"
                        + "\"concern\":{\"value\":\"QUALITY\"},\"description\":{\"value\":\"Straight to HR\"}}}");

        assertThat(asTom.statusCode()).isEqualTo(400);
        assertThat(asTom.body()).contains("\"field\":\"raisedBy\"");
        assertThat(trainingAsTom.statusCode()).isEqualTo(400);
        assertThat(trainingAsTom.body()).contains("\"field\":\"requestedBy\"");
        assertThat(steering.statusCode()).isEqualTo(400);
        assertThat(steering.body()).contains("\"field\":\"caseId\"", "not a field of this start form");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("conflict-escalation").count()).isEqualTo(conflicts);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("training-request").count())
                .isEqualTo(trainingRequests);
        assertThat(WebClient.basic(port, "twright", PASSWORD).get("/api/staff/twright/training-requests")
                .body()).doesNotContain("Spoofed");
    }

    @Test
    void theEngineItselfRefusesAStartInSomeoneElsesName() {
        // what a caller that bypasses the REST API's input check (the product's own code acting for a person) meets
        engine.getIdentityService().setAuthentication("eclark", java.util.List.of("staff"));
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("training-request", Map.of("requestedBy", "twright",
                    "title", "Spoofed course", "category", "COURSE", "cost", "10", "learningObjective", "None")))
                    .isInstanceOf(org.supervision.shared.TaskInputException.class)
                    .hasMessageContaining("requestedBy: a process is always started in your own name (eclark)");
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("training-request", Map.of("trainingRequestId", 1L,
                    "title", "Course", "category", "COURSE", "cost", "10", "learningObjective", "None")))
                    .hasMessageContaining("trainingRequestId: is not a field of the start form");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void aTaskIsCompletedWithTheFieldsOfItsFormOnly() {
        directory.importStaff(new java.io.StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\nsecfields,Fay,Fields,secfields@example.org,SOCIAL_WORKER,2024-02-05,37,pjones,,\n"));
        directory.importSupervision(new java.io.StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "secfields,pjones,MANAGEMENT,2024-02-05,\n"));
        Task draft = agreementTaskOf("secfields");
        String instance = draft.getProcessInstanceId();

        HttpResponse<String> answer = WebClient.basic(port, draft.getAssignee(), PASSWORD).post(
                "/engine-rest/task/" + draft.getId() + "/complete", "application/json",
                "{\"variables\":{\"agreementId\":{\"value\":1},\"frequencyDays\":{\"value\":28}}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"agreementId\"", "not a field of this task's form");
        assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("task still open").isOne();
        assertThat(runtime.getVariable(instance, "agreementId")).isNotEqualTo(1);
    }

    @Test
    void engineOperationsThatAreNobodysBusinessAreRefused() {
        String cleanupJob = engine.getHistoryService().cleanUpHistoryAsync(true).getId();
        WebClient emily = WebClient.basic(port, "eclark", PASSWORD);
        WebClient auditor = WebClient.basic(port, "alee", PASSWORD);

        assertThat(auditor.post("/engine-rest/task/" + emilysTask.getId() + "/comment/create", "application/json",
                "{\"message\":\"seen\"}").statusCode()).as("comment on a task she cannot read").isEqualTo(403);
        assertThat(emily.post("/engine-rest/task/" + emilysTask.getId() + "/comment/create", "application/json",
                "{\"message\":\"private note\"}").statusCode()).as("comments are switched off").isEqualTo(403);
        assertThat(emily.put("/engine-rest/job/" + cleanupJob + "/retries", "{\"retries\":5}").statusCode()).isEqualTo(403);
        assertThat(emily.post("/engine-rest/job/" + cleanupJob + "/execute", "application/json", "").statusCode()).isEqualTo(403);
        assertThat(auditor.post("/engine-rest/job/" + cleanupJob + "/execute", "application/json", "").statusCode()).isEqualTo(403);
        assertThat(emily.post("/engine-rest/signal", "application/json", "{\"name\":\"anything\"}").statusCode()).isEqualTo(403);
        assertThat(emily.post("/engine-rest/message", "application/json", "{\"messageName\":\"negotiationDeadlocked\","
                + "\"processVariables\":{\"superviseeId\":{\"value\":\"twright\"}}}").statusCode())
                .as("a conflict case about someone else, opened by a message").isEqualTo(403);
        assertThat(emily.put("/engine-rest/user/eclark/profile",
                "{\"id\":\"eclark\",\"firstName\":\"Emily\",\"lastName\":\"Clark\",\"email\":\"me@elsewhere.example\"}")
                .statusCode()).isEqualTo(403);
        assertThat(emily.delete("/engine-rest/user/eclark").statusCode()).isEqualTo(403);
        assertThat(emily.post("/engine-rest/task/" + emilysTask.getId() + "/variables", "application/json",
                "{\"modifications\":{\"staffId\":{\"value\":\"twright\"}}}").statusCode()).isEqualTo(403);
        assertThat(emily.post("/engine-rest/identity/verify", "application/json",
                "{\"username\":\"twright\",\"password\":\"demo\"}").statusCode()).isEqualTo(403);
        assertThat(engine.getIdentityService().createUserQuery().userId("eclark").singleResult().getEmail()).doesNotContain("elsewhere");
        assertThat(engine.getManagementService().createJobQuery().jobId(cleanupJob).singleResult()).as("job untouched").isNotNull();
        assertThat(tasks.getTaskComments(emilysTask.getId())).isEmpty();

        assertThat(WebClient.basic(port, "mbrown", PASSWORD).put("/engine-rest/user/mbrown/credentials",
                "{\"password\":\"a-new-long-password\",\"authenticatedUserPassword\":\"demo\"}").statusCode())
                .as("her own password she may change").isEqualTo(204);
        assertThat(WebClient.basic(port, "mbrown", "a-new-long-password").put("/engine-rest/user/mbrown/credentials",
                "{\"password\":\"demo\",\"authenticatedUserPassword\":\"a-new-long-password\"}").statusCode())
                .as("and back, for the other tests").isEqualTo(204);
        assertThat(WebClient.basic(port, "admin", "test-admin-password").put("/engine-rest/job/" + cleanupJob + "/retries",
                "{\"retries\":5}").statusCode()).as("an administrator may").isEqualTo(204);
    }

    private Task agreementTaskOf(String staffId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(staffId).singleResult().getId();
        return new ProcessDriver(engine).task(instance, "draftAgreement");
    }

    private static String filterId(WebClient client, String name) {
        String filters = client.get(TASKLIST_API + "/filter").body();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"[^}]*?\"name\":\"" + name + "\"")
                .matcher(filters);
        assertThat(id.find()).as("filter " + name + " in " + filters).isTrue();
        return id.group(1);
    }

    private Task taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
