package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditorApiTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAuditorTracesWhoDidWhatAndExportsItButNobodyElseCan() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new Joiners(directory, engine).joinAndSign("audapi", "tnguyen");
        WebClient auditor = WebClient.basic(port, "alee", "demo");

        assertThat(auditor.get("/api/audit/staff?q=audap").body()).contains("\"id\":\"audapi\"");
        String trail = auditor.get("/api/audit/trail?staffId=audapi").body();
        assertThat(trail).contains("\"kind\":\"PROCESS_STARTED\"")
                .contains("\"kind\":\"TASK_COMPLETED\",\"activityId\":\"supervisorSigns\"")
                .contains("\"what\":\"superviseeAccepts = true\",\"actor\":\"audapi\"")
                .contains("\"kind\":\"RECORD_CHANGED\"")
                .doesNotContain("Phones off");
        assertThat(auditor.get("/api/audit/trail?staffId=audapi&process=conflict").body()).isEqualTo("[]");
        assertThat(auditor.get("/api/audit/trail?staffId=audapi&actor=tnguyen").body())
                .contains("supervisorSigns").doesNotContain("\"actor\":\"audapi\"");

        HttpResponse<String> csv = auditor.get("/api/audit/trail.csv?staffId=audapi");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("trail-audapi.csv");
        assertThat(csv.body()).as("written by the spreadsheet-safe CSV writer: every cell quoted")
                .startsWith("\"at\",\"process\",\"processInstanceId\",\"kind\",\"activityId\",\"what\",\"actor\",\"details\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'alee' and action = 'EXPORT' "
                + "and subject_staff_id = 'audapi'", Integer.class)).as("the export is logged").isEqualTo(1);
        assertThat(auditor.get("/api/audit/verification").body()).contains("\"firstBrokenId\":null");

        assertThat(WebClient.basic(port, "audapi", "demo").get("/api/audit/trail?staffId=audapi").statusCode())
                .as("imported without a password: cannot log in, and it is not a server error").isEqualTo(401);
        for (String other : new String[] {"tnguyen", "lhall", "hbaker", "dmorgan"}) {
            assertThat(WebClient.basic(port, other, "demo").get("/api/audit/trail?staffId=audapi").statusCode())
                    .as(other + " is not an auditor").isEqualTo(403);
        }
    }

    @Test
    void auditorsReadButChangeNothing() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new Joiners(directory, engine).joinAndSign("audro", "tnguyen");
        String cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("audro").singleResult().getId();
        Task booking = new org.supervision.support.ProcessDriver(engine).task(cycle, "bookSession");
        WebClient auditor = WebClient.basic(port, "alee", "demo");

        assertThat(auditor.get("/engine-rest/history/process-instance?processInstanceBusinessKey=audro").body())
                .as("reads history").contains("supervision-agreement");
        assertThat(auditor.post("/engine-rest/task/" + booking.getId() + "/complete", "application/json",
                "{\"variables\":{}}").statusCode()).as("completes nobody's task").isIn(403, 404);
        assertThat(auditor.post("/engine-rest/task/" + booking.getId() + "/claim", "application/json",
                "{\"userId\":\"alee\"}").statusCode()).isIn(403, 404);
        assertThat(auditor.post("/engine-rest/process-definition/key/supervision-agreement/start", "application/json",
                "{\"businessKey\":\"audro\"}").statusCode()).as("starts nothing").isEqualTo(403);
        assertThat(auditor.post("/engine-rest/message", "application/json",
                "{\"messageName\":\"agreementReviewRequested\",\"businessKey\":\"audro\"}").statusCode()).isIn(400, 403, 500);
        assertThat(auditor.post("/api/staff/audro/agreement-reviews", "application/json", "{}").statusCode()).isEqualTo(403);
        assertThat(auditor.post("/api/staff/import", "text/csv", "id\n").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/api/staff/audro/sessions").statusCode()).as("no record content").isEqualTo(403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("audro")
                .processDefinitionKey("supervision-agreement").count()).as("nothing started").isEqualTo(1);
    }
}
