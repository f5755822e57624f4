package org.supervision.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.supervision.learning.TrainingRequests;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.supervision.support.Workdays;

/**
 * One whole year, lived a day at a time with the clock moved and nothing launched by hand,
 * for an ASYE who joins on 3 August 2026 and an experienced social worker who joined in
 * 2019 (docs/user-guide/supervisor.md): first work plan and learning plan within three
 * months, monthly supervision, the September and March appraisals launched by the
 * product's own timer, the April review of the learning plans with the needs recorded in
 * sessions, a training course approved by the line manager and (above the cost threshold)
 * the senior manager, booked, attended and evaluated, and the CPD export. The experienced
 * worker leaves the March self-appraisal late: the reminder and the escalation to the line
 * manager arrive by e-mail (a real SMTP server in-process). Its own database, so the
 * organisation-wide launches meet no other test's staff.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:whole-year;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry: under the default
        // name this context's engine would answer the other test classes' /engine-rest calls
        // (the starter ignores a name with a hyphen)
        "camunda.bpm.process-engine-name=wholeYear",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class WholeYearTest {

    private static final LocalDate JOINS = LocalDate.of(2026, 8, 3);
    private static final LocalDate COURSE = LocalDate.of(2026, 12, 1);
    private static final LocalDate LATE_SELF_APPRAISAL_DONE = LocalDate.of(2027, 3, 26);

    /** GreenMail's test port 3025, which the context below is given before the server starts. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired TrainingRequests training;

    /** Before the application starts, so that its daily timers (the appraisal launcher's) count from that day. */
    @BeforeAll
    static void clockOnJoiningDay() {
        Fixtures.today(JOINS);
    }

    @Test
    void anAsyeAndAnExperiencedSocialWorkerLiveAWholeYear() throws Exception {
        Fixtures.today(JOINS);
        joinTeam();
        Workdays year = new Workdays(engine, jdbc).staff("ysup", "yasye", "yesw");
        year.answer("supervisorAppraises", (task, day) -> year.supervisorAppraisal(task,
                        "yasye".equals(staffOf(task.getProcessInstanceId())) ? "ASYE" : "ESW"))
                .answer("lineManagerDecides", (task, day) -> Map.of("approved", "true"))
                .answer("seniorManagerDecides", (task, day) -> Map.of("approved", "true"))
                .claimedBy("bookTraining", "jcooper")
                .answer("bookTraining", (task, day) -> Map.of("bookedFrom", COURSE.toString(), "bookedTo", COURSE.toString(),
                        "bookingReference", "CS-2026-12"))
                .answer("confirmAttendance", (task, day) -> day.isAfter(COURSE) ? attended() : null)
                .answer("selfAppraisal", (task, day) -> "yesw".equals(staffOf(task.getProcessInstanceId()))
                        && day.getMonthValue() == 3 && day.isBefore(LATE_SELF_APPRAISAL_DONE) ? null : Workdays.selfAppraisal())
                .answer("evaluateImpact", (task, day) -> Map.of("impactOnPractice", "Statements now drafted with legal",
                        "impactRating", "IMPROVED"));

        year.live(JOINS, LocalDate.of(2026, 11, 1));
        training.request("yasye", courseRequest());
        year.live(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 7, 30));

        assertThat(year.refused()).as("every form the year needed was accepted").isEmpty();
        assertThat(engine.getRuntimeService().createIncidentQuery().list()).as("no incidents for the team").noneMatch(
                incident -> List.of("ysup", "yasye", "yesw").contains(staffOf(incident.getProcessInstanceId())));

        // the late self-appraisal: reminder to the worker, escalation to the line manager, both by e-mail
        Map<String, String> mails = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.isMimeType("multipart/*")) {
                continue; // a session's calendar invitation (SessionInvitationMailTest), not a task mail
            }
            String recipient = mail.getAllRecipients()[0].toString();
            mails.merge(recipient, mail.getSubject(), (a, b) -> a + " / " + b);
            String text = mail.getContent().toString();
            assertThat(text).as("a mail names the task, never what a record says")
                    .doesNotContain("caseload", "Court work", "heavy");
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080/tasks/(\\S+)").matcher(text);
            assertThat(link.find()).as("the mail links to the task's page in the workspace: " + text).isTrue();
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(link.group(1)).singleResult())
                    .as("the linked task is the recipient's own").isNotNull()
                    .satisfies(task -> assertThat(engine.getIdentityService().createUserQuery().userId(task.getAssignee())
                            .singleResult().getEmail()).isEqualTo(recipient));
        }
        assertThat(mails.get("yesw@example.org")).contains("Reminder: ");
        assertThat(mails.get("ysup@example.org")).contains("Escalated to you: ");
        assertThat(mails).as("the ASYE was never late").doesNotContainKey("yasye@example.org");

        // work plans: the ASYE's first within three months of joining, the experienced worker's within a month
        assertThat(jdbc.queryForObject("select min(agreed_on) from work_plan where staff_id = 'yasye'", LocalDate.class))
                .isBefore(JOINS.plusMonths(3).plusDays(1));
        assertThat(jdbc.queryForObject("select min(agreed_on) from work_plan where staff_id = 'yesw'", LocalDate.class))
                .isBefore(JOINS.plusMonths(1).plusDays(1));

        // both appraisals of the year for both, launched by the timer, signed and moderated
        for (String staff : List.of("yasye", "yesw")) {
            List<Map<String, Object>> rows = jdbc.queryForList("select a.period, a.appraisal_year, a.status, a.pcf_level,"
                    + " l.started_by from appraisal a join appraisal_launch l on l.id = a.launch_id where a.staff_id = ?"
                    + " order by a.launched_at", staff);
            assertThat(rows).extracting(row -> row.get("PERIOD") + " " + row.get("APPRAISAL_YEAR") + " " + row.get("STATUS")
                    + " by " + row.get("STARTED_BY")).as(staff)
                    .containsExactly("MID_YEAR 2026 COMPLETED by timer", "END_OF_YEAR 2027 COMPLETED by timer");
            assertThat(rows).extracting(row -> row.get("PCF_LEVEL")).as(staff + "'s PCF level")
                    .containsOnly("yasye".equals(staff) ? "ASYE" : "ESW");
            assertThat(jdbc.queryForObject("select launched_at from appraisal where staff_id = ? and period = 'MID_YEAR'",
                    java.sql.Timestamp.class, staff).toLocalDateTime().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        }

        // learning: the ASYE's plan within three months, both reviewed in April with the needs from supervision
        assertThat(jdbc.queryForObject("select agreed_on from learning_plan where staff_id = 'yasye'", LocalDate.class))
                .isBefore(JOINS.plusMonths(3).plusDays(1));
        for (String staff : List.of("yasye", "yesw")) {
            assertThat(jdbc.queryForObject("select last_reviewed_on from learning_plan where staff_id = ?", LocalDate.class, staff))
                    .as(staff + "'s April review").isBetween(LocalDate.of(2027, 4, 15), LocalDate.of(2027, 4, 30));
            assertThat(jdbc.queryForList("select need from learning_plan_item i"
                    + " where i.staff_id = ? and i.source = 'SESSION'", String.class, staff))
                    .as("a need recorded in supervision is in the plan").contains("Court skills");
        }

        // the course: both managers approved, attended, evaluated at the next session, in the CPD log
        Map<String, Object> course = jdbc.queryForMap("select status, senior_manager_decided_at, impact_rating"
                + " from training_request where staff_id = 'yasye'");
        assertThat(course.get("STATUS")).isEqualTo("EVALUATED");
        assertThat(course.get("SENIOR_MANAGER_DECIDED_AT")).as("above the threshold the senior manager approved too").isNotNull();
        assertThat(course.get("IMPACT_RATING")).isEqualTo("IMPROVED");
        HttpResponse<String> export = WebClient.basic(port, "yasye", "demo").get("/api/staff/yasye/cpd.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("Court skills for social workers").contains(COURSE.toString()).contains("7");
    }

    private void joinTeam() {
        Teams.importTeam(directory, Teams.supervisor("ysup", "Yvonne", "Sup"),
                Teams.supervisee("yasye", "Yusuf", "Asye", "ASYE", JOINS),
                Teams.supervisee("yesw", "Yara", "Esw", "EXPERIENCED_SOCIAL_WORKER", LocalDate.of(2019, 3, 4)));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "ysup,rkhan,MANAGEMENT,2015-01-05,\n"));
        Teams.logins(identity, "demo", "yasye");
    }

    private String staffOf(String processInstanceId) {
        var instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private static Map<String, Object> courseRequest() {
        Map<String, Object> form = new HashMap<>();
        form.put("title", "Court skills for social workers");
        form.put("provider", "Regional Social Work Academy");
        form.put("category", "COURSE");
        form.put("cost", "650");
        form.put("learningObjective", "Prepare for my first contested hearing");
        return form;
    }

    private static Map<String, Object> attended() {
        Map<String, Object> form = new HashMap<>();
        form.put("attended", "true");
        form.put("hours", "7");
        form.put("reflection", "I now prepare statements with the legal team");
        form.put("evidenceLink", "https://learning.example.org/certificates/cs-2026-12");
        return form;
    }
}
