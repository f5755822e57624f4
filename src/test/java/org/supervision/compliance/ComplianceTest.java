package org.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.supervision.staff.StaffDirectoryImport;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;

/**
 * Compliance figures of a small area, worked out by hand ({@link ComplianceScenario}), through the
 * API, the page and the downloads; the monthly snapshots; who may see which figures. Also on
 * PostgreSQL: the figures are plain SQL (sums, grouped minima, id lists, the snapshots' batch insert).
 */
@IntegrationTest
@AlsoOnPostgres
class ComplianceTest {

    static final LocalDate TODAY = ComplianceScenario.TODAY;

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
        new ComplianceScenario(directory, identity, jdbc).organise();
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

        // Amy relies on weekly group casework: held 3 times in the period, she was at 2; Leo relies on none
        assertThat(alan.at("/rows/0/figures/groupCaseworkHeld").asInt()).isEqualTo(3);
        assertThat(alan.at("/rows/0/figures/groupCaseworkAttended").asInt()).isEqualTo(2);
        assertThat(alan.at("/rows/0/figures/groupCaseworkAttendedPercent").asInt()).isEqualTo(67);
        assertThat(alan.at("/rows/1/figures/groupCaseworkHeld").isNull()).as("Leo: not relied on, no 0 of 0").isTrue();
        assertThat(alan.at("/total/groupCaseworkPeople").asInt()).isEqualTo(1);

        JsonNode bea = api("cmpsupb", "/api/compliance?team=cmpsupb&period=3m");
        assertThat(bea.at("/total/groupCaseworkHeld").isNull())
                .as("Ben attends Alan's group casework but his agreement does not rely on it").isTrue();
        // Max: three on time; Ben: late, missed after a postponement Bea asked for
        assertFigures(bea.at("/total"), 2, 5, 3, 1, 1);
        assertThat(bea.at("/total/postponedBySupervisor").asInt()).isEqualTo(1);
    }

    /**
     * The last 12 months, 7 March 2025 to 6 March 2026: the end-of-year appraisal due by
     * 31 March 2025, the mid-year one by 30 September 2025 and the plans' annual reviews by
     * 30 April 2025; the end-of-year appraisal of 2026 is not due yet.
     */
    @Test
    void appraisalsAndPlanReviewsAreJudgedAgainstTheEndOfTheirPolicyMonth() throws Exception {
        JsonNode alan = api("cmpsupa", "/api/compliance?team=cmpsupa&period=12m");
        // Amy: March on time, September late; Leo: September not completed, due months before he left
        assertAppraisals(alan.at("/total"), 3, 1, 1, 1);
        assertAppraisals(alan.at("/rows/0/figures"), 2, 1, 1, 0);
        assertAppraisals(alan.at("/rows/1/figures"), 1, 0, 0, 1);
        assertReviews(alan.at("/total"), 2, 2, 0, 0);

        JsonNode bea = api("cmpsupb", "/api/compliance?team=cmpsupb&period=12m");
        // Max: on time; Ben: still waiting for moderation. Max's review late, Ben's not held
        assertAppraisals(bea.at("/total"), 2, 1, 0, 1);
        assertReviews(bea.at("/total"), 2, 0, 1, 1);
        assertThat(bea.at("/total/appraisalsOnTimePercent").asInt()).isEqualTo(50);

        JsonNode lastThreeMonths = api("cmpmgr", "/api/compliance?area=cmpmgr&period=3m");
        assertAppraisals(lastThreeMonths.at("/total"), 0, 0, 0, 0);
        assertReviews(lastThreeMonths.at("/total"), 0, 0, 0, 0);

        WebClient browser = WebClient.browser(port, "cmpsupa", "demo");
        assertThat(browser.get("/compliance?team=cmpsupa&period=12m").body()).contains(
                "1 of 3 due (33%); 1 completed late, 1 not completed", "2 of 2 annual reviews due (100%); 0 held late, 0 not held");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(browser.get("/compliance/export.csv?team=cmpsupa&period=12m").body())).getRecords();
        assertThat(List.of(rows.get(0).get("Appraisals due"), rows.get(0).get("Appraisals completed on time"),
                rows.get(0).get("Appraisals completed late"), rows.get(0).get("Appraisals not completed"),
                rows.get(0).get("Appraisals completed on time (%)"))).containsExactly("3", "1", "1", "1", "33");
        assertThat(List.of(rows.get(0).get("Learning plan annual reviews due"), rows.get(0).get("Learning plan annual reviews held on time")))
                .containsExactly("2", "2");
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
        monthlySnapshots.run(); // as the scheduler calls it: through the cluster lock
        assertThat(snapshots.takeMissing()).as("a second run stores nothing twice").isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from compliance_snapshot where staff_id = 'cmpmax'", Integer.class))
                .as("March 2025 to February 2026").isEqualTo(12);
        JsonNode alan = api("cmpsupa", "/api/compliance?team=cmpsupa&period=3m").at("/trend");
        JsonNode january = month(alan, "2026-01");
        // Amy, Leo and Max, all on time in January
        assertFigures(january.at("/figures"), 3, 3, 3, 0, 0);
        JsonNode february = month(alan, "2026-02");
        // Amy late, Leo's last session missed; Max has moved
        assertFigures(february.at("/figures"), 2, 2, 0, 1, 1);

        // Amy's weekly group casework is kept with the month: 2 of the 3 sessions of January
        assertThat(january.at("/groupCaseworkKept").asBoolean()).isTrue();
        assertThat(List.of(january.at("/figures/groupCaseworkPeople").asInt(), january.at("/figures/groupCaseworkHeld").asInt(),
                january.at("/figures/groupCaseworkAttended").asInt())).containsExactly(1, 3, 2);
        assertThat(month(alan, "2025-11").at("/figures/groupCaseworkAttended").asInt()).as("26 November").isEqualTo(1);

        JsonNode bea = api("cmpsupb", "/api/compliance?team=cmpsupb&period=3m").at("/trend");
        assertFigures(month(bea, "2026-01").at("/figures"), 1, 1, 0, 1, 0);
        assertThat(month(bea, "2026-01").at("/figures/groupCaseworkHeld").isNull())
                .as("Ben goes to Alan's group casework, his agreement does not rely on it").isTrue();
        assertFigures(month(bea, "2026-02").at("/figures"), 2, 2, 1, 0, 1);

        // a stored month is not worked out again: were Max's time in Alan's team re-dated into Bea's, January stays as kept
        jdbc.update("update supervision_relationship set supervisor_id = 'cmpsupb', valid_from = ? where supervisee_id = 'cmpmax'"
                + " and supervisor_id = 'cmpsupa'", LocalDate.of(2025, 12, 1));
        try {
            assertThat(snapshots.takeMissing()).isEmpty();
            assertFigures(month(api("cmpsupa", "/api/compliance?team=cmpsupa").at("/trend"), "2026-01").at("/figures"), 3, 3, 3, 0, 0);
        } finally {
            jdbc.update("update supervision_relationship set supervisor_id = 'cmpsupa', valid_from = ? where supervisee_id = 'cmpmax'"
                    + " and valid_to is not null", LocalDate.of(2024, 1, 8));
        }

        String page = WebClient.browser(port, "cmpsupa", "demo").get("/compliance?team=cmpsupa&period=3m").body();
        assertThat(page).contains("<svg", "role=\"img\"", "January 2026", "February 2026", "id=\"trend-table\"");
        assertThat(page.substring(page.indexOf("id=\"trend-table\""))).contains("2 of 3 (67%)");

        // a month stored before group casework was kept (V32) says so, rather than "not relied on"
        jdbc.update("update compliance_snapshot set group_casework_relied = null, group_casework_held = null,"
                + " group_casework_attended = null where month_starts_on = ? and staff_id like 'cmp%'", LocalDate.of(2025, 3, 1));
        try {
            JsonNode march = month(api("cmpsupa", "/api/compliance?team=cmpsupa&period=3m").at("/trend"), "2025-03");
            assertThat(march.at("/groupCaseworkKept").asBoolean()).isFalse();
            String trendTable = WebClient.browser(port, "cmpsupa", "demo").get("/compliance?team=cmpsupa").body();
            assertThat(trendTable.substring(trendTable.indexOf("id=\"trend-table\""))).contains("Not kept");
        } finally {
            jdbc.update("update compliance_snapshot set group_casework_relied = false, group_casework_held = 0,"
                    + " group_casework_attended = 0 where month_starts_on = ? and staff_id like 'cmp%'", LocalDate.of(2025, 3, 1));
        }
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
        assertThat(List.of(rows.get(1).get("Group casework sessions held"), rows.get(1).get("Group casework sessions attended"),
                rows.get(1).get("Group casework attended (%)"))).as("Amy").containsExactly("3", "2", "67");
        assertThat(rows.get(2).get("Group casework sessions held")).as("Leo relies on none: blank").isEmpty();

        String page = alan.get("/compliance?team=cmpsupa&period=3m").body();
        assertThat(page).contains("2 of 3 sessions held (67%), by 1 person whose agreement relies on it", "2 of 3 (67%)",
                "Not relied on");

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

    private static void assertAppraisals(JsonNode figures, int due, int onTime, int late, int notCompleted) {
        assertThat(List.of(figures.at("/appraisalsDue").asInt(), figures.at("/appraisalsOnTime").asInt(),
                figures.at("/appraisalsLate").asInt(), figures.at("/appraisalsNotCompleted").asInt()))
                .as("appraisals due, on time, late, not completed in " + figures).containsExactly(due, onTime, late, notCompleted);
    }

    private static void assertReviews(JsonNode figures, int due, int onTime, int late, int notHeld) {
        assertThat(List.of(figures.at("/learningReviewsDue").asInt(), figures.at("/learningReviewsOnTime").asInt(),
                figures.at("/learningReviewsLate").asInt(), figures.at("/learningReviewsNotHeld").asInt()))
                .as("plan reviews due, on time, late, not held in " + figures).containsExactly(due, onTime, late, notHeld);
    }

    private static void assertFigures(JsonNode figures, int people, int due, int onTime, int late, int missed) {
        assertThat(List.of(figures.at("/people").asInt(), figures.at("/sessionsDue").asInt(),
                figures.at("/sessionsOnTime").asInt(), figures.at("/sessionsLate").asInt(), figures.at("/sessionsMissed").asInt()))
                .as("people, due, on time, late, missed in " + figures).containsExactly(people, due, onTime, late, missed);
    }
}
