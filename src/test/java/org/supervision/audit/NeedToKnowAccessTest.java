package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class NeedToKnowAccessTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aDirectorReadsRecordsOnlyWithAReasonForALimitedTimeAndTheSuperviseeSeesIt() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        WebClient director = WebClient.basic(port, "dmorgan", "demo");
        assertThat(director.get("/api/staff/rwood/sessions").statusCode()).as("heads the line, but no reason given").isEqualTo(403);
        assertThat(WebClient.basic(port, "rkhan", "demo").get("/api/staff/rwood/sessions").statusCode())
                .as("line management above the supervisor monitors").isEqualTo(200);

        assertThat(director.post("/api/staff/rwood/record-access-grants", "application/json",
                "{\"reasonCategory\":\"CONDUCT\",\"reason\":\" \"}").body()).contains("\"field\":\"reason\"");
        assertThat(WebClient.basic(port, "sahmed", "demo").post("/api/staff/rwood/record-access-grants", "application/json",
                "{\"reasonCategory\":\"CONDUCT\",\"reason\":\"Complaint\"}").statusCode()).as("not a director").isEqualTo(403);
        assertThat(director.post("/api/staff/rwood/record-access-grants", "application/json",
                "{\"reasonCategory\":\"CONDUCT\",\"reason\":\"Complaint about a home visit, ref C-114\",\"days\":7}")
                .statusCode()).isEqualTo(201);

        assertThat(director.get("/api/staff/rwood/sessions").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select reason from audit_log where actor = 'dmorgan' and action = 'READ' "
                + "and subject_staff_id = 'rwood'", String.class)).isEqualTo("CONDUCT: Complaint about a home visit, ref C-114");
        assertThat(WebClient.basic(port, "rwood", "demo").get("/api/staff/rwood/record-access-grants").body())
                .as("the supervisee sees who read and why").contains("Complaint about a home visit").contains("dmorgan");
        assertThat(WebClient.basic(port, "alee", "demo").get("/api/staff/rwood/record-access-grants").statusCode())
                .as("auditors").isEqualTo(200);
        assertThat(WebClient.basic(port, "bjohnson", "demo").get("/api/staff/rwood/record-access-grants").statusCode())
                .isEqualTo(403);

        Fixtures.today(LocalDate.of(2026, 12, 1));
        assertThat(director.get("/api/staff/rwood/sessions").statusCode()).as("seven days later").isEqualTo(403);
    }

    @Test
    void aReasonLongerThanItsColumnIsRefusedNamingTheFieldAndNothingIsGranted() {
        long grants = jdbc.queryForObject("select count(*) from record_access_grant", Long.class);
        var tooLong = WebClient.basic(port, "dmorgan", "demo").post("/api/staff/rwood/record-access-grants", "application/json",
                "{\"reasonCategory\":\"CONDUCT\",\"reason\":\"" + "r".repeat(5000) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"reason\"", "is 5000 characters long; at most 4000 are allowed");
        var nul = WebClient.basic(port, "dmorgan", "demo").post("/api/staff/rwood/record-access-grants", "application/json",
                "{\"reasonCategory\":\"CONDUCT\",\"reason\":\"Complaint\\u0000\"}");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"reason\"", "control character");
        assertThat(jdbc.queryForObject("select count(*) from record_access_grant", Long.class)).isEqualTo(grants);
    }

    @Test
    void aStaffIdLongerThanAnyStaffIdIsRefusedBeforeItReachesTheAccessLog() {
        String longId = "x".repeat(3000);
        long logged = jdbc.queryForObject("select count(*) from record_access_log", Long.class);
        var sessions = WebClient.basic(port, "rkhan", "demo").get("/api/staff/" + longId + "/sessions");
        var trail = WebClient.basic(port, "alee", "demo").get("/api/audit/trail?staffId=" + longId);
        var grant = WebClient.basic(port, "dmorgan", "demo").post("/api/staff/" + longId + "/record-access-grants",
                "application/json", "{\"reasonCategory\":\"CONDUCT\",\"reason\":\"Complaint\"}");

        for (var answer : java.util.List.of(sessions, trail, grant)) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"field\":\"staffId\"", "a staff id has at most 64 characters")
                    .doesNotContain("Exception");
        }
        assertThat(jdbc.queryForObject("select count(*) from record_access_log", Long.class)).isEqualTo(logged);
    }
}
