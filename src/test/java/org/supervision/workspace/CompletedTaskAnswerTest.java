package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;

/**
 * A task completed by one person and submitted again later by another (a second tab, a
 * program calling late): Camunda's REST API, Tasklist's and the workspace all say who
 * completed it and when, in the same words, and only to people who had the task.
 */
@IntegrationTest
class CompletedTaskAnswerTest {

    private static final String PASSWORD = "demo";
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");
    private static final String SAID = "Hina Patel completed this task on 4 December 2026 at 14:05";

    @LocalServerPort int port;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    @Test
    void aLateCompletionIsToldWhoCompletedTheTaskAndWhenOnEverySurface() {
        Fixtures.deployRoutingFixture(repository);
        String instance = runtime.startProcessInstanceByKey("routing-fixture", Map.of("staffId", "jsmith")).getId();
        String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        tasks.setAssignee(taskId, "hpatel"); // Jo Smith held it first, then the work moved to Hina Patel
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 4, 14, 5).atZone(ZoneId.of("Europe/London")).toInstant()));

        HttpResponse<String> done = WebClient.basic(port, "hpatel", PASSWORD)
                .post("/engine-rest/task/" + taskId + "/complete", "application/json", "{}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 7, 9, 30).atZone(ZoneId.of("Europe/London")).toInstant()));

        WebClient jo = WebClient.basic(port, "jsmith", PASSWORD);
        for (String call : new String[] {"/submit-form", "/complete"}) {
            HttpResponse<String> late = jo.post("/engine-rest/task/" + taskId + call, "application/json", "{\"variables\":{}}");
            assertThat(late.statusCode()).as(call + ": " + late.body()).isEqualTo(409);
            assertThat(late.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(late.body()).isEqualTo("{\"type\":\"TaskAlreadyCompleted\",\"message\":\"" + SAID + "; reload your task list\"}");
        }

        HttpResponse<String> inTasklist = WebClient.browser(port, "jsmith", PASSWORD)
                .webappPost("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", "{\"variables\":{}}");
        assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(409);
        assertThat(inTasklist.body()).contains(SAID + "; reload your task list");

        WebClient joInTheWorkspace = WebClient.browser(port, "jsmith", PASSWORD);
        HttpResponse<String> posted = joInTheWorkspace.post("/tasks/" + taskId, "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf(joInTheWorkspace), StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(409);
        assertThat(posted.body()).contains("This task has already been done", SAID + ". What you entered has not been saved.");

        HttpResponse<String> again = WebClient.basic(port, "hpatel", PASSWORD)
                .post("/engine-rest/task/" + taskId + "/complete", "application/json", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains(SAID + "; reload your task list");
    }

    @Test
    void someoneWhoNeverHadTheTaskIsNotToldWhoDidIt() {
        Fixtures.deployRoutingFixture(repository);
        String instance = runtime.startProcessInstanceByKey("routing-fixture", Map.of("staffId", "hpatel")).getId();
        String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(WebClient.basic(port, "hpatel", PASSWORD)
                .post("/engine-rest/task/" + taskId + "/complete", "application/json", "{}").statusCode()).isEqualTo(204);

        HttpResponse<String> stranger = WebClient.basic(port, "mbrown", PASSWORD)
                .post("/engine-rest/task/" + taskId + "/complete", "application/json", "{}");

        assertThat(stranger.statusCode()).isEqualTo(409);
        assertThat(stranger.body()).contains("Someone else has already completed this task; reload your task list")
                .doesNotContain("Hina", "Patel");
        WebClient inTheWorkspace = WebClient.browser(port, "mbrown", PASSWORD);
        HttpResponse<String> page = inTheWorkspace.get("/tasks/" + taskId);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Hina Patel");
    }

    private static String csrf(WebClient client) {
        Matcher token = CSRF.matcher(client.get("/tasks").body());
        assertThat(token.find()).as("the workspace's forms carry a CSRF token").isTrue();
        return token.group(1);
    }
}
