package org.supervision.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DemoClockTest {

    @LocalServerPort int port;

    @Test
    void anAdministratorMovesTheDemoClockAndNobodyElseCan() {
        var staff = WebClient.basic(port, "bjohnson", "demo").put("/api/demo/clock", "{\"date\":\"2027-01-25\"}");
        assertThat(staff.statusCode()).isEqualTo(403);

        var moved = WebClient.basic(port, "admin", "test-admin-password").put("/api/demo/clock", "{\"date\":\"2027-01-25\"}");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("\"today\":\"2027-01-25\"");
        assertThat(WebClient.basic(port, "bjohnson", "demo").get("/api/demo/clock").body()).contains("2027-01-25");

        assertThat(WebClient.basic(port, "admin", "test-admin-password").delete("/api/demo/clock").body()).doesNotContain("2027-01-25");
    }

    @Test
    void aMissingOrImpossibleDateIsRefusedAndTheClockStaysWhereItWas() {
        WebClient admin = WebClient.basic(port, "admin", "test-admin-password");
        Fixtures.today(LocalDate.of(2027, 1, 25));
        String before = admin.get("/api/demo/clock").body();

        for (String body : new String[] {"{\"date\":null}", "{}", "{\"date\":\"2026-02-30\"}", "{\"date\":\"+999999999-12-31\"}"}) {
            var refused = admin.put("/api/demo/clock", body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).as(body).contains("\"field\":\"date\"").doesNotContain("Exception", "java.");
        }
        assertThat(admin.put("/api/demo/clock", "null").body()).contains("The request body is missing");
        assertThat(admin.get("/api/demo/clock").body()).isEqualTo(before);
    }
}
