package org.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * Camunda's REST API (and Tasklist's path to it) refuses malformed and wrong input with 400
 * naming the problem, where Camunda alone answered 500 or took it: one test per finding.
 */
@IntegrationTest
class EngineRestInputTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    Task booking;
    WebClient supervisor;

    /** A supervisee of Thanh Nguyen whose first session waits to be booked. */
    @BeforeEach
    void aSessionToBook() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        String staffId = "erx" + Long.toString(System.nanoTime(), 36);
        new Joiners(directory, engine).joinAndSign(staffId, "tnguyen");
        String cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(staffId).singleResult().getId();
        booking = new ProcessDriver(engine).task(cycle, "bookSession");
        supervisor = WebClient.basic(port, "tnguyen", "demo");
    }

    @Test
    void aBodyOfNullIsRefusedByCompleteAndSubmitForm() {
        for (String action : new String[] {"complete", "submit-form"}) {
            HttpResponse<String> answer = supervisor.post(task(action), "application/json", "null");
            assertThat(answer.statusCode()).as(action).isEqualTo(400);
            assertThat(answer.body()).contains("the request body must be a JSON object, not null").doesNotContain("Exception");
        }
        assertStillOpen();
    }

    @Test
    void aVariableGivenAsNullIsRefusedNamingIt() {
        HttpResponse<String> answer = supervisor.post(task("complete"), "application/json", "{\"variables\": {\"place\": null}}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"place\"", "give the variable as");
        assertStillOpen();
    }

    @Test
    void aSerializedJavaObjectIsRefused() {
        HttpResponse<String> answer = supervisor.post(task("submit-form"), "application/json", """
                {"variables": {"place": {"value": "rO0ABXQAA2FiYw==", "type": "Object",
                 "valueInfo": {"objectTypeName": "java.lang.String",
                               "serializationDataFormat": "application/x-java-serialized-object"}}}}""");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"place\"", "serialized objects are not accepted");
        assertStillOpen();
    }

    @Test
    void aVariableThatIsNotAFieldOfTheFormIsRefusedSoTheProcessKeepsItsOwnState() {
        Object sessionId = engine.getTaskService().getVariable(booking.getId(), "sessionId");
        HttpResponse<String> answer = supervisor.post(task("complete"), "application/json", """
                {"variables": {"sessionDate": {"value": "2026-11-30"}, "sessionTime": {"value": "10:00"},
                 "place": {"value": "Room 4"}, "sessionId": {"value": 1, "type": "Long"}}}""");
        HttpResponse<String> byVariableEndpoint = supervisor.put("/engine-rest/task/" + booking.getId() + "/variables/sessionId",
                "{\"value\": 1, \"type\": \"Long\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"sessionId\"", "is not a field of this task's form");
        assertThat(byVariableEndpoint.statusCode()).as("values change only through a form (EngineRestGuard)").isEqualTo(403);
        assertThat(engine.getTaskService().getVariable(booking.getId(), "sessionId")).isEqualTo(sessionId);
        assertStillOpen();
    }

    @Test
    void aStartFormCannotNameSomeoneElseAsWhoRaisedTheConflict() {
        String superviseeId = businessKeyOfBooking();
        Teams.logins(identity, "demo", superviseeId);
        long cases = jdbc.queryForObject("select count(*) from conflict_case", Long.class);
        HttpResponse<String> answer = WebClient.basic(port, superviseeId, "demo").post(
                "/engine-rest/process-definition/key/conflict-escalation/submit-form", "application/json", """
                {"variables": {"supervisionType": {"value": "MANAGEMENT"}, "concern": {"value": "QUALITY"},
                 "description": {"value": "Sessions keep being cancelled"}, "raisedBy": {"value": "tnguyen"}}}""");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"raisedBy\"", "is not a field of this start form");
        assertThat(jdbc.queryForObject("select count(*) from conflict_case", Long.class)).isEqualTo(cases);
    }

    @Test
    void tasklistGetsTheSameAnswersAsTheRestApiNotAServerError() {
        WebClient tasklist = WebClient.browser(port, "tnguyen", "demo");
        String path = "/camunda/api/engine/engine/default/task/" + booking.getId() + "/submit-form";

        HttpResponse<String> badTime = tasklist.webappPost(path, """
                {"variables": {"sessionDate": {"value": "2026-11-30"}, "sessionTime": {"value": "25:00"},
                 "place": {"value": "Room 4"}}}""");
        HttpResponse<String> nullBody = tasklist.webappPost(path, "null");

        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("\"field\":\"sessionTime\"", "is not a time in the form HH:MM")
                .doesNotContain("Exception", "org.", "java.");
        assertThat(nullBody.statusCode()).isEqualTo(400);
        assertStillOpen();
    }

    @Test
    void aRequiredFieldLeftOutOrSentAsNullIsRefusedByItsLabelNotTakenFromWhatTheFormShowed() {
        WebClient tasklist = WebClient.browser(port, "tnguyen", "demo");
        String withoutDate = """
                {"variables": {"sessionTime": {"value": "10:00"}, "place": {"value": "Room 4"}}}""";
        String nullDate = """
                {"variables": {"sessionDate": {"value": null}, "sessionTime": {"value": "10:00"}, "place": {"value": "Room 4"}}}""";
        String nullTypedDate = """
                {"variables": {"sessionDate": {"value": null, "type": "Null"}, "sessionTime": {"value": "10:00"},
                 "place": {"value": "Room 4"}}}""";
        List<HttpResponse<String>> answers = List.of(
                supervisor.post(task("complete"), "application/json", withoutDate),
                supervisor.post(task("submit-form"), "application/json", withoutDate),
                supervisor.post(task("complete"), "application/json", nullDate),
                supervisor.post(task("submit-form"), "application/json", nullTypedDate),
                tasklist.webappPost("/camunda/api/engine/engine/default/task/" + booking.getId() + "/submit-form", withoutDate));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("\"field\":\"sessionDate\"", "Session date: is required");
        });
        assertStillOpen();
        assertThat(sessionStatus()).as("nothing stored").isEqualTo("DUE");
    }

    @Test
    void anImpossibleDateIsRefusedNamingTheFieldNotRolledIntoTheNextMonth() {
        for (String date : new String[] {"{\"value\": \"2027-02-31\"}",
                "{\"value\": \"2027-02-31T10:00:00.000+0000\", \"type\": \"Date\"}"}) {
            HttpResponse<String> answer = supervisor.post(task("complete"), "application/json",
                    "{\"variables\": {\"sessionDate\": " + date + ", \"sessionTime\": {\"value\": \"10:00\"},"
                            + " \"place\": {\"value\": \"Room 4\"}}}");
            assertThat(answer.statusCode()).as(date).isEqualTo(400);
            assertThat(answer.body()).as(date).contains("\"field\":\"sessionDate\"", "Session date: '2027-02-31' is not a real date");
        }
        assertStillOpen();
        assertThat(sessionStatus()).as("nothing stored").isEqualTo("DUE");
    }

    @Test
    void aValueThatDoesNotConvertToItsTypeOrABodyThatIsNotJsonIsA400InPlainWords() {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("{\"value\": \"abc\", \"type\": \"Integer\"}", "Place: 'abc' is not a whole number");
        sent.put("{\"value\": \"Room 4\", \"type\": \"INTEGER\"}", "Place: 'INTEGER' is not a variable type");
        sent.put("{\"value\": \"tRuE\", \"type\": \"Boolean\"}", "Place: 'tRuE' is not true or false");
        sent.put("{\"value\": \"1d\", \"type\": \"Double\"}", "Place: '1d' is not a number");
        for (Map.Entry<String, String> variable : sent.entrySet()) {
            HttpResponse<String> answer = supervisor.post(task("submit-form"), "application/json",
                    "{\"variables\": {\"sessionDate\": {\"value\": \"2026-11-30\"}, \"sessionTime\": {\"value\": \"10:00\"},"
                            + " \"place\": " + variable.getKey() + "}}");
            assertThat(answer.statusCode()).as(variable.getKey()).isEqualTo(400);
            assertThat(answer.body()).as(variable.getKey()).contains("\"field\":\"place\"", variable.getValue())
                    .doesNotContain("Exception", "java.", "org.");
        }
        HttpResponse<String> broken = supervisor.post(task("complete"), "application/json",
                "{\"variables\": {\"place\": {\"value\": \"Room 4\"}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("the request body is not valid JSON").doesNotContain("Exception", "java.");
        assertStillOpen();
    }

    @Test
    void completingATaskThatDoesNotExistIsNotFound() {
        HttpResponse<String> answer = supervisor.post("/engine-rest/task/no-such-task/complete", "application/json", "{}");
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void moreMetricsRowsThanCamundaAllowsAreRefused() {
        HttpResponse<String> answer = WebClient.basic(port, "admin", ADMIN_PASSWORD).get("/engine-rest/metrics?maxResults=1000");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"maxResults\"", "at most 200");
        assertThat(WebClient.basic(port, "admin", ADMIN_PASSWORD).get("/engine-rest/metrics?maxResults=200").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aGroupWithoutAnIdOrWithAnIdLongerThanItsColumnIsRefused() {
        WebClient admin = WebClient.basic(port, "admin", ADMIN_PASSWORD);
        long groups = engine.getIdentityService().createGroupQuery().count();

        HttpResponse<String> noId = admin.post("/engine-rest/group/create", "application/json", "{\"name\": \"Team\"}");
        HttpResponse<String> longId = admin.post("/engine-rest/group/create", "application/json",
                "{\"id\": \"" + "g".repeat(65) + "\", \"name\": \"Team\"}");
        HttpResponse<String> nullBody = admin.post("/engine-rest/group/create", "application/json", "null");

        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(noId.body()).contains("\"field\":\"id\"", "is required");
        assertThat(longId.statusCode()).isEqualTo(400);
        assertThat(longId.body()).contains("at most 64");
        assertThat(nullBody.statusCode()).isEqualTo(400);
        assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
    }

    private String sessionStatus() {
        Object sessionId = engine.getTaskService().getVariable(booking.getId(), "sessionId");
        return jdbc.queryForObject("select status from supervision_session where id = ?", String.class, sessionId);
    }

    private String task(String action) {
        return "/engine-rest/task/" + booking.getId() + "/" + action;
    }

    private String businessKeyOfBooking() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(booking.getProcessInstanceId())
                .singleResult().getBusinessKey();
    }

    private void assertStillOpen() {
        Task open = engine.getTaskService().createTaskQuery().taskId(booking.getId()).singleResult();
        assertThat(open).as("task still open").isNotNull();
        assertThat(open.getAssignee()).isEqualTo("tnguyen");
    }
}
