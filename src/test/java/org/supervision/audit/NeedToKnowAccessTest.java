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
}
