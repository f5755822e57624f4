package org.supervision.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * A senior manager hands an absent supervisor's open task to another supervisor in their line,
 * through the API and through the workspace's form: refused for a manager outside the line, a
 * target outside it or gone, and a blank reason; once done the former assignee cannot open the
 * task, the new one has it in Waiting for me, and the audit chain says who, from whom, to whom, why.
 */
@IntegrationTest
class TaskHandoverTest {

    private static final String PASSWORD = "demo";
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ProcessDriver process;

    /**
     * Hanna Boss (line-managed by Ruth Khan) manages the supervisors Amy Away, Carl Cover and
     * Quinn Quit (who has left); Otto Other is a supervisor in Samir Ahmed's line.
     */
    @BeforeEach
    void aLineWithAnAbsentSupervisor() {
        Fixtures.today(LocalDate.of(2026, 12, 7));
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey("howorker").count() > 0) {
            return;
        }
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + "hoboss,Hanna,Boss,hoboss@example.org,MANAGER,2015-01-05,37,rkhan,,\n"
                + "hoaway,Amy,Away,hoaway@example.org,MANAGER,2015-01-05,37,hoboss,,\n"
                + "hocover,Carl,Cover,hocover@example.org,MANAGER,2015-01-05,37,hoboss,,\n"
                + "hoquit,Quinn,Quit,hoquit@example.org,MANAGER,2015-01-05,37,hoboss,,2026-10-30\n"
                + "hoother,Otto,Other,hoother@example.org,MANAGER,2015-01-05,37,sahmed,,\n"
                + "howorker,Wren,Worker,howorker@example.org,SOCIAL_WORKER,2024-01-08,37,hoaway,,\n"
                + "howorker2,Rhys,Worker,howorker2@example.org,SOCIAL_WORKER,2024-01-08,37,hoaway,,\n"
                + "hocw,Cat,Worker,hocw@example.org,SOCIAL_WORKER,2024-01-08,37,hocover,,\n"
                + "howo,Ola,Worker,howo@example.org,SOCIAL_WORKER,2024-01-08,37,hoother,,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "howorker,hoaway,MANAGEMENT,2024-01-08,\n"
                + "howorker2,hoaway,MANAGEMENT,2024-01-08,\n"
                + "hocw,hocover,MANAGEMENT,2024-01-08,\n"
                + "howo,hoother,MANAGEMENT,2024-01-08,\n"));
        Teams.logins(identity, PASSWORD, "hoboss", "hoaway", "hocover", "hoother");
    }

    @Test
    void aSeniorManagerHandsATaskOnThroughTheApiAndTheFormerAssigneeLosesIt() {
        Task task = awayTask("howorker");
        String path = "/api/tasks/" + task.getId() + "/reassignment";

        HttpResponse<String> byAPeer = post("hocover", path, "{\"to\":\"hocover\",\"reason\":\"Amy is away\"}");
        HttpResponse<String> byAnOutsider = post("hoother", path, "{\"to\":\"hoother\",\"reason\":\"Amy is away\"}");
        HttpResponse<String> outOfLine = post("hoboss", path, "{\"to\":\"hoother\",\"reason\":\"Amy is away\"}");
        HttpResponse<String> toALeaver = post("hoboss", path, "{\"to\":\"hoquit\",\"reason\":\"Amy is away\"}");
        HttpResponse<String> noReason = post("hoboss", path, "{\"to\":\"hocover\",\"reason\":\"  \"}");
        HttpResponse<String> noOne = post("hoboss", path, "{\"reason\":\"Amy is away\"}");

        assertThat(byAPeer.statusCode()).as(byAPeer.body()).isEqualTo(403);
        assertThat(byAPeer.body()).contains("only the tasks of supervisors in your line of management");
        assertThat(byAnOutsider.statusCode()).isEqualTo(403);
        assertThat(outOfLine.statusCode()).as(outOfLine.body()).isEqualTo(400);
        assertThat(outOfLine.body()).contains("\"field\":\"to\"", "Otto Other is not in your line of management");
        assertThat(toALeaver.statusCode()).isEqualTo(400);
        assertThat(toALeaver.body()).contains("\"field\":\"to\"", "Quinn Quit has left");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"", "Reason: say why");
        assertThat(noOne.statusCode()).isEqualTo(400);
        assertThat(noOne.body()).contains("\"field\":\"to\"");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).as("nothing changed").isEqualTo("hoaway");
        assertThat(auditEntries(task.getId())).isEmpty();

        HttpResponse<String> candidates = get("hoboss", "/api/tasks/" + task.getId() + "/reassignment-candidates");
        assertThat(candidates.body()).contains("hocover").doesNotContain("hoaway", "hoquit", "hoother", "howorker");

        HttpResponse<String> handed = post("hoboss", path, "{\"to\":\"hocover\",\"reason\":\"Amy is on long-term sick leave\"}");

        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(handed.body()).contains("\"fromName\":\"Amy Away\"", "\"toName\":\"Carl Cover\"");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("hocover");
        assertThat(get("hoaway", "/engine-rest/task/" + task.getId()).statusCode()).as("the former assignee").isIn(403, 404);
        assertThat(WebClient.browser(port, "hoaway", PASSWORD).get("/tasks/" + task.getId()).statusCode()).isEqualTo(403);
        assertThat(WebClient.browser(port, "hocover", PASSWORD).get("/tasks").body()).as("Carl's Waiting for me")
                .contains("/tasks/" + task.getId());
        assertThat(auditEntries(task.getId())).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo("hoboss");
            assertThat(entry.get("reason")).isEqualTo("Amy is on long-term sick leave");
            assertThat(entry.get("details").toString()).contains("from Amy Away (hoaway) to Carl Cover (hocover)");
            assertThat(entry.get("subject_staff_id")).isEqualTo("howorker");
        });
    }

    @Test
    void theLineManagersFormHandsATaskOnAndSaysWhatIsMissing() {
        Task task = awayTask("howorker2");
        WebClient hanna = WebClient.browser(port, "hoboss", PASSWORD);

        assertThat(hanna.get("/teams").body()).contains("Your supervisors' tasks");
        String list = hanna.get("/teams/tasks").body();
        assertThat(list).contains(task.getName(), "Amy Away", "/teams/tasks/" + task.getId());
        String form = hanna.get("/teams/tasks/" + task.getId()).body();
        assertThat(form).contains("Hand this task to", "Carl Cover", "Reason")
                .doesNotContain("Quinn Quit", "Otto Other", "value=\"hoaway\"");

        HttpResponse<String> blank = hanna.post("/teams/tasks/" + task.getId(), "application/x-www-form-urlencoded",
                "to=hocover&reason=&_csrf=" + csrf(hanna));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("There is a problem", "Reason: say why you are handing this task on");
        HttpResponse<String> outside = hanna.post("/teams/tasks/" + task.getId(), "application/x-www-form-urlencoded",
                "to=hoother&reason=Away&_csrf=" + csrf(hanna));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("Otto Other is not in your line of management");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("hoaway");

        HttpResponse<String> done = hanna.post("/teams/tasks/" + task.getId(), "application/x-www-form-urlencoded",
                "to=hocover&reason=" + URLEncoder.encode("Amy is on leave until January", StandardCharsets.UTF_8)
                        + "&_csrf=" + csrf(hanna));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(hanna.get("/teams/tasks").body()).contains("is now Carl Cover&#39;s; Amy Away no longer has it");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("hocover");
        assertThat(auditEntries(task.getId())).singleElement()
                .satisfies(entry -> assertThat(entry.get("reason")).isEqualTo("Amy is on leave until January"));

        WebClient otto = WebClient.browser(port, "hoother", PASSWORD);
        assertThat(otto.get("/teams/tasks/" + task.getId()).statusCode()).as("a manager outside the line").isEqualTo(403);
        assertThat(otto.get("/teams/tasks").body()).doesNotContain(task.getId());
    }

    /** Amy Away's draft of the supervisee's agreement (the lifecycle the import started). */
    private Task awayTask(String supervisee) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(supervisee).singleResult().getId();
        Task draft = process.task(instance, "draftAgreement");
        assertThat(draft.getAssignee()).isEqualTo("hoaway");
        return draft;
    }

    /** The audit chain's entries for the task (Spring's rows read columns case-insensitively, as both databases name them). */
    private List<Map<String, Object>> auditEntries(String taskId) {
        return jdbc.queryForList("select actor, reason, details, subject_staff_id from audit_log where action = ?"
                + " and record_id = ?", TaskHandover.AUDIT_ACTION, taskId);
    }

    private HttpResponse<String> post(String user, String path, String json) {
        return WebClient.basic(port, user, PASSWORD).post(path, "application/json", json);
    }

    private HttpResponse<String> get(String user, String path) {
        return WebClient.basic(port, user, PASSWORD).get(path);
    }

    private static String csrf(WebClient client) {
        Matcher token = CSRF.matcher(client.get("/tasks").body());
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
