package org.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.supervision.agreement.AgreementStarter;
import org.supervision.audit.RecordAccess;
import org.supervision.audit.RecordAccessRepository;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The parties read agreements, sessions and records over HTTP; nobody else does, and every read is logged. */
@IntegrationTest
@AlsoOnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionRecordApiTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired AgreementStarter starter;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired RecordAccessRepository accessLog;

    String cycle;
    long heldSession;

    /** Ciara O'Brien, supervised by Raj Khan, has one session held and its record disputed. */
    @BeforeAll
    void aDisputedSession() {
        SessionTestSupport support = new SessionTestSupport(engine, starter);
        ProcessDriver driver = support.driver();
        cycle = support.signAgreement("cobrien", "rkhan", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "rkhan", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "rkhan", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the inspection"));
        driver.complete(cycle, "reviewRecord", "cobrien", Map.of("recordConfirmed", false, "superviseeStatement", "Not what we agreed"));
        heldSession = sessions.findByStaffIdOrderByDueOnAscIdAsc("cobrien").get(0).getId();
    }

    @BeforeEach
    void theDayOfTheSession() {
        org.supervision.support.Fixtures.today(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theSuperviseeAndTheSupervisorReadTheRecordWithItsDispute() {
        for (String user : new String[] {"cobrien", "rkhan"}) {
            HttpResponse<String> record = WebClient.basic(port, user, "demo").get("/api/staff/cobrien/sessions/" + heldSession + "/record");
            assertThat(record.statusCode()).as(user).isEqualTo(200);
            assertThat(record.body()).contains("\"status\":\"DISPUTED\"", "Not what we agreed", "\"recordedBy\":\"rkhan\"",
                    "Read the neglect toolkit", "Court skills");
        }
        HttpResponse<String> list = WebClient.basic(port, "cobrien", "demo").get("/api/staff/cobrien/sessions");
        assertThat(list.body()).contains("\"status\":\"HELD\"", "\"heldOn\":\"2026-11-30\"", "\"status\":\"DUE\"", "\"dueOn\":\"2026-12-28\"");
        HttpResponse<String> agreements = WebClient.basic(port, "cobrien", "demo").get("/api/staff/cobrien/agreements");
        assertThat(agreements.body()).contains("\"status\":\"SIGNED\"", "\"supervisorSignedBy\":\"rkhan\"", "\"superviseeSignedBy\":\"cobrien\"");
    }

    @Test
    void theLineManagementChainMayReadButColleaguesHrAndDirectorsWithoutAReasonMayNot() {
        assertThat(WebClient.basic(port, "dmorgan", "demo").get("/api/staff/cobrien/sessions").statusCode())
                .as("Ruth Khan's line manager, but a director: need to know only").isEqualTo(403);
        HttpResponse<String> colleague = WebClient.basic(port, "zali", "demo").get("/api/staff/cobrien/sessions/" + heldSession + "/record");
        assertThat(colleague.statusCode()).isEqualTo(403);
        assertThat(colleague.body()).contains("zali may not read the supervision records of cobrien");
        assertThat(WebClient.basic(port, "hbaker", "demo").get("/api/staff/cobrien/agreements").statusCode())
                .as("HR sees only cases escalated to HR").isEqualTo(403);
        assertThat(WebClient.anonymous(port).get("/api/staff/cobrien/sessions").statusCode()).isEqualTo(401);

        assertThat(accessLog.findBySubjectStaffIdOrderByIdAsc("cobrien"))
                .extracting(RecordAccess::getUserId, RecordAccess::isGranted, RecordAccess::getBasis)
                .contains(org.assertj.core.groups.Tuple.tuple("dmorgan", false, "NONE"),
                        org.assertj.core.groups.Tuple.tuple("zali", false, "NONE"),
                        org.assertj.core.groups.Tuple.tuple("hbaker", false, "NONE"));
    }

    @Test
    void completingATaskThroughRestWithBadInputAnswers400NamingTheField() {
        Task booking = new ProcessDriver(engine).task(cycle, "bookSession");
        HttpResponse<String> answer = WebClient.basic(port, "rkhan", "demo").post("/engine-rest/task/" + booking.getId() + "/complete",
                "application/json", """
                        {"variables": {"sessionDate": {"value": "2026-12-28"}, "sessionTime": {"value": "25:00"},
                                       "place": {"value": "Room 2"}}}""");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"sessionTime\"", "'25:00' is not a time in the form HH:MM");
        assertThat(tasks.createTaskQuery().taskId(booking.getId()).count()).as("task stays open").isEqualTo(1);
        assertThat(sessions.findById(((Number) engine.getRuntimeService().getVariable(cycle, "plannedSessionId")).longValue())
                .orElseThrow().getStatus()).as("nothing stored").isEqualTo(SessionStatus.DUE);
    }

    @Test
    void eitherPartyMayRequestAReviewButOnlyOneNegotiationRunsAtATime() {
        WebClient supervisee = WebClient.basic(port, "cobrien", "demo");
        HttpResponse<String> first = supervisee.post("/api/staff/cobrien/agreement-reviews", "application/json", "{}");
        assertThat(first.statusCode()).isEqualTo(201);
        new ProcessDriver(engine).runDueJobs(first.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1"));
        HttpResponse<String> second = WebClient.basic(port, "rkhan", "demo").post("/api/staff/cobrien/agreement-reviews", "application/json", "{}");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("already being negotiated");
        assertThat(WebClient.basic(port, "zali", "demo").post("/api/staff/cobrien/agreement-reviews", "application/json", "{}")
                .statusCode()).isEqualTo(403);
    }
}
