package org.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * Compliance figures of a small area, by hand: Mia Manager (cmpmgr) line-manages two
 * supervisors, Alan Able (cmpsupa) and Bea Bright (cmpsupb). Alan supervises Amy and Leo,
 * who left on 10 February 2026; Max moved from Alan's team to Bea's on 1 February; Bea
 * supervises Ben. Their sessions, postponements, observations, agreements and records are
 * written as the processes leave them (due and held dates, states), so each figure can be
 * worked out on paper. Today is Friday 6 March 2026.
 */
@IntegrationTest
class ComplianceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 6);
    private static boolean organised;

    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired MonthlySnapshots monthlySnapshots;
    @Autowired Snapshots snapshots;
    @LocalServerPort int port;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void organise() {
        Fixtures.today(TODAY);
        if (organised) {
            return;
        }
        Teams.importTeam(directory, "rkhan", Teams.supervisor("cmpmgr", "Mia", "Manager"));
        Teams.importTeam(directory, "cmpmgr", Teams.supervisor("cmpsupa", "Alan", "Able"),
                Teams.supervisee("cmpamy", "Amy", "Adams", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)),
                Teams.supervisee("cmpleo", "Leo", "Lane", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)),
                Teams.supervisee("cmpmax", "Max", "Moore", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)));
        Teams.importTeam(directory, "cmpmgr", Teams.supervisor("cmpsupb", "Bea", "Bright"),
                Teams.supervisee("cmpben", "Ben", "Brown", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)));
        Teams.logins(identity, "demo", "cmpmgr", "cmpsupa", "cmpsupb");
        // Leo's last working day; Max's move to Bea's team
        jdbc.update("update staff_member set left_on = ? where id = 'cmpleo'", LocalDate.of(2026, 2, 10));
        jdbc.update("update supervision_relationship set valid_to = ? where supervisee_id = 'cmpmax'", LocalDate.of(2026, 1, 31));
        jdbc.update("insert into supervision_relationship (supervisee_id, supervisor_id, type, valid_from) values"
                + " ('cmpmax', 'cmpsupb', 'MANAGEMENT', ?)", LocalDate.of(2026, 2, 1));
        jdbc.update("update staff_member set line_manager_id = 'cmpsupb' where id = 'cmpmax'");

        long amy = agreement("cmpamy", "cmpsupa", "2025-06-01");
        long leo = agreement("cmpleo", "cmpsupa", "2024-12-01"); // over 12 months old: not in date
        long max = agreement("cmpmax", "cmpsupa", "2025-09-01");
        long ben = agreement("cmpben", "cmpsupb", "2025-04-01");

        long amyJanuary = session("cmpamy", 1, amy, "2026-01-05", "2026-01-05", "HELD");   // on time
        long amyFebruary = session("cmpamy", 2, amy, "2026-02-02", "2026-02-04", "HELD"); // late
        session("cmpamy", 3, amy, "2026-03-02", null, "BOOKED");                          // missed
        postponement(amyFebruary, "SUPERVISEE", "2026-01-30");
        record(amyJanuary, "CONFIRMED", "2026-01-08");
        record(amyFebruary, "AWAITING_CONFIRMATION", null);
        jdbc.update("insert into direct_observation (staff_id, agreement_id, year_starts_on, sequence_in_year,"
                + " required_in_year, planned_by, status, held_on) values ('cmpamy', ?, ?, 1, 2, ?, 'RECORDED', ?)",
                amy, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 20));

        session("cmpleo", 1, leo, "2026-01-20", "2026-01-20", "HELD");  // on time
        session("cmpleo", 2, leo, "2026-02-03", null, "ENDED");         // due before he left, never held: missed
        session("cmpleo", 3, leo, "2026-02-17", null, "ENDED");         // due after he left: not counted

        session("cmpmax", 1, max, "2026-01-12", "2026-01-12", "HELD");  // in Alan's team
        session("cmpmax", 2, max, "2026-02-09", "2026-02-09", "HELD");  // in Bea's team
        session("cmpmax", 3, max, "2026-03-02", "2026-03-02", "HELD");

        session("cmpben", 1, ben, "2026-01-15", "2026-01-16", "HELD");  // late
        long benFebruary = session("cmpben", 2, ben, "2026-02-16", null, "POSTPONED"); // missed
        postponement(benFebruary, "SUPERVISOR", "2026-02-12");
        organised = true;
    }

    @Test
    void aTeamsFiguresForTheLastThreeMonthsCountItsPeopleNowAndTheLeaverInTheTeamHeLeft() throws Exception {
        JsonNode alan = api("cmpsupa", "/api/compliance?team=cmpsupa&period=3m");

        assertThat(alan.at("/title").asText()).isEqualTo("Supervised by Alan Able");
        assertThat(alan.at("/period/from").asText()).isEqualTo("2025-12-07");
        // Amy: on time, late, missed; Leo: on time, missed before he left; Max is in Bea's team now
        assertFigures(alan.at("/total"), 2, 5, 2, 1, 2);
        assertThat(alan.at("/total/postponedBySupervisee").asInt()).isEqualTo(1);
        assertThat(alan.at("/total/observationsRequired").asInt()).isEqualTo(1);
        assertThat(alan.at("/total/observationsDone").asInt()).isEqualTo(1);
        assertThat(alan.at("/total/agreementsInDate").asInt()).as("Amy's; Leo's was signed over 12 months before").isEqualTo(1);
        assertThat(alan.at("/total/recordsHeld").asInt()).isEqualTo(3);
        assertThat(alan.at("/total/recordsConfirmed").asInt()).isEqualTo(1);
        assertThat(alan.at("/rows")).extracting(row -> row.at("/name").asText())
                .containsExactly("Amy Adams", "Leo Lane (left)");
        assertFigures(alan.at("/rows/0/figures"), 1, 3, 1, 1, 1);

        JsonNode bea = api("cmpsupb", "/api/compliance?team=cmpsupb&period=3m");
        // Max: three on time; Ben: late, missed after a postponement Bea asked for
        assertFigures(bea.at("/total"), 2, 5, 3, 1, 1);
        assertThat(bea.at("/total/postponedBySupervisor").asInt()).isEqualTo(1);
    }

    @Test
    void theLineManagerSeesTheirWholeAreaWithOneRowPerSupervisorsLineAndTheTeams() throws Exception {
        JsonNode area = api("cmpmgr", "/api/compliance?area=cmpmgr&period=3m");

        assertThat(area.at("/title").asText()).isEqualTo("Everyone below Mia Manager in line management");
        assertFigures(area.at("/total"), 6, 10, 5, 2, 3);
        assertThat(area.at("/rows")).extracting(row -> row.at("/name").asText())
                .containsExactly("Alan Able and everyone below them", "Bea Bright and everyone below them");
        assertThat(area.at("/teams")).extracting(row -> row.at("/scope/id").asText()).containsExactly("cmpsupa", "cmpsupb");
        assertThat(api("cmpmgr", "/api/compliance?area=cmpmgr").at("/period/key").asText())
                .as("the last 12 months unless asked").isEqualTo("12m");
    }

    @Test
    void aSupervisorCannotSeeAnotherTeamTheAreaAboveThemOrTheOrganisation() {
        WebClient alan = WebClient.basic(port, "cmpsupa", "demo");

        assertThat(alan.get("/api/compliance?team=cmpsupb").statusCode()).isEqualTo(403);
        assertThat(alan.get("/api/compliance?person=cmpben").statusCode()).isEqualTo(403);
        assertThat(alan.get("/api/compliance?area=cmpmgr").statusCode()).isEqualTo(403);
        assertThat(alan.get("/api/compliance?organisation=all").statusCode()).isEqualTo(403);
        assertThat(alan.get("/api/compliance?person=cmpamy").statusCode()).isEqualTo(200);
        assertThat(WebClient.basic(port, "cmpmgr", "demo").get("/api/compliance?team=cmpsupb").statusCode()).isEqualTo(200);
        assertThat(WebClient.basic(port, "hbaker", "demo").get("/api/compliance?organisation=all").statusCode())
                .as("HR sees the whole organisation").isEqualTo(200);
        assertThat(WebClient.basic(port, "alee", "demo").get("/api/compliance?area=cmpmgr").statusCode())
                .as("an auditor too: counts, no record").isEqualTo(200);

        HttpResponse<String> page = WebClient.browser(port, "cmpsupa", "demo").get("/compliance?team=cmpsupb");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot see these figures", "not those of the team supervised by Bea Bright");
    }

    @Test
    void aWrongPeriodOrTwoScopesAreRefusedNamingTheField() throws Exception {
        WebClient mia = WebClient.basic(port, "cmpmgr", "demo");

        HttpResponse<String> period = mia.get("/api/compliance?area=cmpmgr&period=5m");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(json.readTree(period.body()).at("/field").asText()).isEqualTo("period");
        assertThat(mia.get("/api/compliance?area=cmpmgr&team=cmpsupa").statusCode()).isEqualTo(400);
        assertThat(mia.get("/api/compliance?person=nobody-here").statusCode()).isEqualTo(404);
    }

    @Test
    void theMonthlySnapshotsKeepMaxInAlansTeamForJanuaryAndInBeasForFebruary() throws Exception {
        monthlySnapshots.run();
        monthlySnapshots.run(); // a second night stores nothing twice

        assertThat(jdbc.queryForObject("select count(*) from compliance_snapshot where staff_id = 'cmpmax'", Integer.class))
                .as("March 2025 to February 2026").isEqualTo(12);
        JsonNode alan = api("cmpsupa", "/api/compliance?team=cmpsupa&period=3m").at("/trend");
        JsonNode january = month(alan, "2026-01");
        // Amy, Leo and Max, all on time in January
        assertFigures(january.at("/figures"), 3, 3, 3, 0, 0);
        JsonNode february = month(alan, "2026-02");
        // Amy late, Leo's last session missed; Max has moved
        assertFigures(february.at("/figures"), 2, 2, 0, 1, 1);

        JsonNode bea = api("cmpsupb", "/api/compliance?team=cmpsupb&period=3m").at("/trend");
        assertFigures(month(bea, "2026-01").at("/figures"), 1, 1, 0, 1, 0);
        assertFigures(month(bea, "2026-02").at("/figures"), 2, 2, 1, 0, 1);

        // a stored month is not worked out again: were Max's time in Alan's team re-dated into Bea's, January stays as kept
        jdbc.update("update supervision_relationship set supervisor_id = 'cmpsupb', valid_from = ? where supervisee_id = 'cmpmax'"
                + " and supervisor_id = 'cmpsupa'", LocalDate.of(2025, 12, 1));
        try {
            monthlySnapshots.run();
            assertFigures(month(api("cmpsupa", "/api/compliance?team=cmpsupa").at("/trend"), "2026-01").at("/figures"), 3, 3, 3, 0, 0);
        } finally {
            jdbc.update("update supervision_relationship set supervisor_id = 'cmpsupa', valid_from = ? where supervisee_id = 'cmpmax'"
                    + " and valid_to is not null", LocalDate.of(2024, 1, 8));
        }

        String page = WebClient.browser(port, "cmpsupa", "demo").get("/compliance?team=cmpsupa&period=3m").body();
        assertThat(page).contains("<svg", "role=\"img\"", "January 2026", "February 2026", "id=\"trend-table\"");
    }

    @Test
    void theCsvAndTheWorkbookHoldTheSameFiguresAsThePage() throws Exception {
        WebClient alan = WebClient.browser(port, "cmpsupa", "demo");

        HttpResponse<String> csv = alan.get("/compliance/export.csv?team=cmpsupa&period=3m");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("supervision-compliance-team-cmpsupa-3m.csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).extracting(r -> r.get("Who")).containsExactly("Supervised by Alan Able", "Amy Adams", "Leo Lane (left)");
        assertThat(rows.get(0).get("1:1 sessions due")).isEqualTo("5");
        assertThat(rows.get(0).get("Held on time")).isEqualTo("2");
        assertThat(rows.get(0).get("Missed")).isEqualTo("2");
        assertThat(rows.get(0).get("Held on time (%)")).isEqualTo("40");
        assertThat(rows.get(1).get("Postponed or cancelled at the supervisee's request")).isEqualTo("1");

        HttpResponse<byte[]> xlsx = alan.getBytes("/compliance/export.xlsx?team=cmpsupa&period=3m");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet figures = workbook.getSheet("Compliance");
            assertThat(figures.getRow(0).getCell(0).getStringCellValue()).contains("Supervised by Alan Able", "the last 3 months");
            assertThat(figures.getRow(1).getCell(3).getStringCellValue()).isEqualTo("1:1 sessions due");
            assertThat(figures.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Supervised by Alan Able");
            assertThat(figures.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(figures.getRow(2).getCell(6).getNumericCellValue()).as("missed").isEqualTo(2);
            assertThat(figures.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Leo Lane (left)");
            assertThat(workbook.getSheet("Monthly trend").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Month");
        }
    }

    private JsonNode api(String user, String path) throws Exception {
        HttpResponse<String> answer = WebClient.basic(port, user, "demo").get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static JsonNode month(JsonNode trend, String month) {
        for (JsonNode point : trend) {
            if (point.at("/month").asText().equals(month)) {
                return point;
            }
        }
        throw new AssertionError("no " + month + " in " + trend);
    }

    private static void assertFigures(JsonNode figures, int people, int due, int onTime, int late, int missed) {
        assertThat(List.of(figures.at("/people").asInt(), figures.at("/sessionsDue").asInt(),
                figures.at("/sessionsOnTime").asInt(), figures.at("/sessionsLate").asInt(), figures.at("/sessionsMissed").asInt()))
                .as("people, due, on time, late, missed in " + figures).containsExactly(people, due, onTime, late, missed);
    }

    private long agreement(String staffId, String supervisorId, String signedOn) {
        jdbc.update("insert into supervision_agreement (staff_id, supervisor_id, status, agreement_version, frequency_days,"
                + " signed_at) values (?, ?, 'SIGNED', 900, 28, ?)", staffId, supervisorId, noon(signedOn));
        return jdbc.queryForObject("select id from supervision_agreement where staff_id = ? and agreement_version = 900",
                Long.class, staffId);
    }

    private long session(String staffId, int number, long agreementId, String dueOn, String heldOn, String status) {
        jdbc.update("insert into supervision_session (staff_id, supervision_type, sequence_number, agreement_id, due_on,"
                + " status, held_on) values (?, 'MANAGEMENT', ?, ?, ?, ?, ?)", staffId, 900 + number, agreementId,
                LocalDate.parse(dueOn), status, heldOn == null ? null : LocalDate.parse(heldOn));
        return jdbc.queryForObject("select id from supervision_session where staff_id = ? and sequence_number = ?",
                Long.class, staffId, 900 + number);
    }

    private void postponement(long sessionId, String requestedBy, String recordedOn) {
        jdbc.update("insert into session_postponement (session_id, kind, requested_by, reason, previously_starts_at,"
                + " recorded_by, recorded_at, rebook_by) values (?, 'POSTPONED', ?, 'not shown', ?, 'cmpsupa', ?, ?)",
                sessionId, requestedBy, noon(recordedOn), noon(recordedOn), LocalDate.parse(recordedOn).plusDays(7));
    }

    private void record(long sessionId, String status, String confirmedOn) {
        jdbc.update("insert into session_record (session_id, record_version, supportive, management, educational, mediation,"
                + " decisions, agreements, recorded_by, recorded_at, status, supervisee_confirmed_at)"
                + " values (?, 1, 's', 'm', 'e', 'm', 'd', 'a', 'cmpsupa', ?, ?, ?)",
                sessionId, noon("2026-01-05"), status, confirmedOn == null ? null : noon(confirmedOn));
    }

    private static Timestamp noon(String day) {
        return Timestamp.valueOf(LocalDate.parse(day).atTime(12, 0));
    }
}
