package org.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervision.inspection.PackFixtures.lines;
import static org.supervision.inspection.PackFixtures.unzip;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.session.SessionTestSupport;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.supervision.support.Workdays;

/**
 * An inspection pack for a line manager's service, from sessions held through the real
 * session cycle: Anna's first session on time, her second postponed at her request and held
 * ten days late, her third not held by its due date; Ben's first never held. The figures,
 * the log and the audit entry are what an inspector and an auditor would check.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionPackTest {

    static final LocalDate SIGNED = LocalDate.of(2027, 1, 4);
    static final String PASSWORD = "pack-pw";

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired ProcessDriver driver;
    @Autowired JdbcTemplate jdbc;

    LocalDate thirdDue;
    LocalDate packDay;

    @BeforeAll
    void aServiceWithSessionsOnTimeLateAndMissed() {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, "dmorgan", Teams.supervisor("ipline", "Iris", "Linden"));
        Teams.importTeam(directory, "ipline", Teams.supervisor("ipsup", "Ivor", "Supple"),
                Teams.supervisee("ipanna", "Anna", "Inspect", "SOCIAL_WORKER", SIGNED),
                Teams.supervisee("ipben", "Ben", "Inspect", "SOCIAL_WORKER", SIGNED));
        Teams.logins(identity, PASSWORD, "ipline", "ipsup", "ipanna");
        String anna = sign("ipanna");
        String ben = sign("ipben");
        planned(ben);

        SupervisionSession first = planned(anna);
        driver.complete(anna, "bookSession", "ipsup", SessionTestSupport.booking(first.getDueOn()));
        driver.today(first.getDueOn(), anna);
        driver.complete(anna, "recordSession", "ipsup", Workdays.heldSession(first.getDueOn()));
        driver.complete(anna, "reviewRecord", "ipanna", Map.of("recordConfirmed", true));

        SupervisionSession second = planned(anna);
        driver.today(second.getDueOn().minusDays(3), anna);
        driver.complete(anna, "bookSession", "ipsup", SessionTestSupport.booking(second.getDueOn()));
        driver.today(second.getDueOn(), anna);
        driver.complete(anna, "recordSession", "ipsup", Map.of("sessionOutcome", "POSTPONED", "postponedBy", "SUPERVISEE",
                "postponementReason", "Court hearing for the Miller family"));
        driver.complete(anna, "rebookSession", "ipsup", SessionTestSupport.booking(second.getDueOn().plusDays(10)));
        driver.today(second.getDueOn().plusDays(10), anna);
        driver.complete(anna, "recordSession", "ipsup", Workdays.heldSession(second.getDueOn().plusDays(10)));
        driver.complete(anna, "reviewRecord", "ipanna", Map.of("recordConfirmed", true));

        thirdDue = planned(anna).getDueOn();
        packDay = thirdDue.plusDays(7);
        driver.today(packDay, anna);
        driver.runDueJobs(ben);
    }

    @BeforeEach
    void onThePacksDay() {
        Fixtures.today(packDay);
    }

    @Test
    void theLineManagerDownloadsTheirServicesPackWithEachSessionsOutcome() throws IOException {
        HttpResponse<byte[]> answer = get("ipline", "/api/inspection-packs?service=ipline&from=2027-01-01&to=" + packDay);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".zip");
        Map<String, String> files = unzip(answer.body());
        assertThat(files).containsOnlyKeys("summary.html", "compliance.csv", "people.csv", "supervision-log.csv", "direct-observations.csv",
                "audit-log-verification.txt");

        String log = files.get("supervision-log.csv");
        assertThat(lines(log, "ipanna")).as("Anna's three sessions in order").hasSize(3);
        assertThat(lines(log, "ipanna").get(0)).contains("\"Management supervision\"", "\"Ivor Supple\"", "\"Held on time\"", "\"0\"");
        assertThat(lines(log, "ipanna").get(1)).contains("\"Held late\"", "\"10\"", "\"0\",\"1\"");
        assertThat(lines(log, "ipanna").get(2)).contains("\"Not held by its due date\"", day(thirdDue));
        assertThat(lines(log, "ipben")).hasSize(1);
        assertThat(lines(log, "ipben").get(0)).contains("\"Not held by its due date\"");
        assertThat(log).as("who people are in the service, nobody else").doesNotContain("ipsup\",", "cobrien");
        assertThat(String.join("", files.values())).as("no record content, no postponement reason")
                .doesNotContain("Miller", "Court hearing", "Workload", "Caseload", "Room 4");

        assertThat(files.get("compliance.csv")).as("the compliance page's figures agree with the log: 4 due, 1 on time, 1 late, 2 missed")
                .contains("\"Area\",\"Ivor Supple and everyone below them\",\"3\",\"4\",\"1\",\"1\",\"2\"",
                        "\"Team\",\"Supervised by Ivor Supple\",\"2\",\"4\",\"1\",\"1\",\"2\"");
        assertThat(lines(files.get("people.csv"), "ipanna").get(0)).contains("\"1\",\"1\",\"1\",\"0\"");
        assertThat(lines(files.get("people.csv"), "ipsup").get(0)).as("the supervisor is in the service too").contains("\"0\",\"0\"");
        String summary = files.get("summary.html");
        assertThat(summary).contains("Service of <strong>Iris Linden</strong>", "1 January 2027", day(packDay), "Anna Inspect",
                "Intact up to entry");
        assertThat(files.get("audit-log-verification.txt")).contains("Intact up to entry", "MAC:");

        String sha = HexFormat.of().formatHex(sha256(answer.body()));
        List<Map<String, Object>> audited = jdbc.queryForList(
                "select actor, subject_staff_id, details from audit_log where action = 'INSPECTION_PACK_PRODUCED' and details like ?",
                "%" + sha + "%");
        assertThat(audited).as("producing the pack is audited with its SHA-256").hasSize(1);
        assertThat(audited.get(0)).containsEntry("ACTOR", "ipline").containsEntry("SUBJECT_STAFF_ID", "ipline");
        assertThat((String) audited.get(0).get("DETAILS")).contains("service of Iris Linden", "3 people");
    }

    @Test
    void hrMayProduceAPackForAnyServiceAndAPersonOnlyForTheirOwn() {
        assertThat(get("hbaker", "demo", "/api/inspection-packs?service=ipline&from=2027-01-01&to=" + packDay).statusCode())
                .as("HR").isEqualTo(200);
        assertThat(get("ipsup", "/api/inspection-packs?service=ipsup&from=2027-01-01&to=" + packDay).statusCode())
                .as("the supervisor for their own team").isEqualTo(200);
        HttpResponse<byte[]> above = get("ipsup", "/api/inspection-packs?service=ipline&from=2027-01-01&to=" + packDay);
        assertThat(above.statusCode()).as("the supervisor for their manager's service").isEqualTo(403);
        assertThat(new String(above.body(), StandardCharsets.UTF_8)).contains("your own service");
        assertThat(get("ipanna", "/api/inspection-packs?service=ipline&from=2027-01-01&to=" + packDay).statusCode())
                .as("a supervisee").isEqualTo(403);
    }

    @Test
    void aWrongPeriodOrServiceIsRefusedNamingTheField() {
        HttpResponse<byte[]> backwards = get("ipline", "/api/inspection-packs?service=ipline&from=2027-03-01&to=2027-01-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(new String(backwards.body(), StandardCharsets.UTF_8)).contains("\"field\":\"to\"", "on or after its first day");
        HttpResponse<byte[]> nobody = get("ipline", "/api/inspection-packs?service=nobody&from=2027-01-01&to=2027-02-01");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(new String(nobody.body(), StandardCharsets.UTF_8)).contains("\"field\":\"service\"", "nobody");
        HttpResponse<byte[]> notADate = get("ipline", "/api/inspection-packs?service=ipline&from=2027-02-31&to=2027-03-01");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(new String(notADate.body(), StandardCharsets.UTF_8)).contains("from");
    }

    @Test
    void theWorkspacePageDownloadsThePackAndNamesAWrongDate() {
        WebClient browser = WebClient.browser(port, "ipline", PASSWORD);
        HttpResponse<String> page = browser.get("/inspection-pack");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Inspection pack", "<option value=\"ipline\" selected=\"selected\">Iris Linden</option>",
                "<option value=\"ipsup\">Ivor Supple</option>").doesNotContain(">Ruth Khan<");
        HttpResponse<String> wrong = browser.get("/inspection-pack/download?service=ipline&from-day=31&from-month=2&from-year=2027"
                + "&to-day=1&to-month=3&to-year=2027");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("There is a problem", "The first day of the period must be a real date", "href=\"#from-day\"");
        HttpResponse<String> ok = browser.get("/inspection-pack/download?service=ipsup&from-day=1&from-month=1&from-year=2027"
                + "&to-day=" + packDay.getDayOfMonth() + "&to-month=" + packDay.getMonthValue() + "&to-year=" + packDay.getYear());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(WebClient.browser(port, "ipanna", PASSWORD).get("/inspection-pack").statusCode()).isEqualTo(403);
    }

    private String sign(String worker) {
        return PackFixtures.signedCycle(runtime, driver, worker, "ipsup", SIGNED.plusDays(7), SIGNED);
    }

    private SupervisionSession planned(String cycle) {
        return PackFixtures.planned(runtime, driver, sessions, cycle);
    }

    private HttpResponse<byte[]> get(String user, String path) {
        return get(user, PASSWORD, path);
    }

    private HttpResponse<byte[]> get(String user, String password, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                + " " + date.getYear();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
