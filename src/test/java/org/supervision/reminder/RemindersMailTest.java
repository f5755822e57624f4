package org.supervision.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.supervision.session.SessionTestSupport;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AgreementForms;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * Reminders that reach people, through a real SMTP server in-process, with the clock in the
 * test's hands: a session due soon, the same session overdue, a record waiting for the
 * supervisee, and the line manager's weekly digest. The morning job runs from two threads at
 * once (as two nodes would) and again afterwards (as a retry would): each reminder still
 * arrives once. Each person's choices on "My reminders" are respected, and no mail quotes the
 * record. Its own database and engine, so the mailbox holds only what this context sent. Also on
 * PostgreSQL, whose unique-key waits decide which node sends.
 */
@IntegrationTest
@AlsoOnPostgres
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:reminders;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry (see WholeYearTest)
        "camunda.bpm.process-engine-name=reminders",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3628"})
class RemindersMailTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 12, 7);
    private static final String PASSWORD = "reminders-test-password";
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

    /** A port of its own (not GreenMail's usual 3025, nor the invitation tests' 3625–3627), given to the context above. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(3628));

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired ProcessDriver driver;
    @Autowired ReminderJobs jobs;

    @Test
    void eachReminderArrivesOnceAsPeopleChoseAndNoneQuotesTheRecord() throws Exception {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("rdmgr", "Maya", "Manager"));
        Teams.importTeam(directory, "rdmgr", Teams.supervisor("rdsup", "Rhona", "Supervisor"),
                Teams.supervisee("rdsw", "Rob", "Worker", "SOCIAL_WORKER", SIGNED));
        Teams.logins(identity, PASSWORD, "rdmgr", "rdsw");
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("rdsw").singleResult().getId();
        driver.complete(agreement, "draftAgreement", "rdsup", AgreementForms.draft(28, SIGNED.plusDays(7), SIGNED));
        driver.complete(agreement, "reviewAgreement", "rdsw", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "rdsup", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "rdsw", Map.of("signatureConfirmed", true));
        String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("rdsw").singleResult().getId();
        driver.runDueJobs(cycle);
        SupervisionSession first = sessions.findByStaffIdOrderByDueOnAscIdAsc("rdsw").get(0);
        assertThat(first.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 14));

        // Thursday: the session is due within five days
        Fixtures.today(LocalDate.of(2026, 12, 10));
        jobs.runNow();
        assertThat(mailsTo("rdsup", "Supervision due by 14 December 2026: Rob Worker")).hasSize(1);
        MimeMessage dueToSupervisee = single("rdsw", "Your supervision is due by 14 December 2026");
        assertThat(GreenMailUtil.getBody(dueToSupervisee)).contains("Your supervision session with Rhona Supervisor is due by"
                + " 14 December 2026. It is not booked yet.", "http://localhost:8080/");

        // the supervisee does not want overdue reminders; the manager wants the digest on Tuesdays, not Mondays
        WebClient worker = WebClient.basic(port, "rdsw", PASSWORD);
        HttpResponse<String> weekend = worker.put("/api/me/reminders", "{\"reminders\": [], \"digestDay\": \"SATURDAY\"}");
        assertThat(weekend.statusCode()).isEqualTo(400);
        assertThat(weekend.body()).contains("digestDay");
        assertThat(worker.put("/api/me/reminders", "{\"reminders\": [\"SESSION_DUE\", \"RECORD_TO_CONFIRM\"],"
                + " \"digestDay\": \"MONDAY\"}").statusCode()).isEqualTo(200);
        assertThat(worker.get("/api/me/reminders").body()).contains("RECORD_TO_CONFIRM").doesNotContain("SESSION_OVERDUE");
        WebClient manager = WebClient.browser(port, "rdmgr", PASSWORD);
        assertThat(postForm(manager, "/reminders", "wanted=SESSION_OVERDUE&wanted=WEEKLY_DIGEST&digestDay=SUNDAY").statusCode())
                .as("a weekend digest is refused, naming the field").isEqualTo(400);
        assertThat(manager.get("/reminders").body()).as("nothing half-stored").contains("value=\"MONDAY\" checked");
        HttpResponse<String> saved = postForm(manager, "/reminders", "wanted=SESSION_OVERDUE&wanted=WEEKLY_DIGEST&digestDay=TUESDAY");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(manager.get("/reminders").body()).contains("Your reminder choices are saved.")
                .contains("value=\"TUESDAY\" checked");

        // Tuesday: overdue. Two nodes run the morning job at the same moment, then a retry runs it again
        Fixtures.today(LocalDate.of(2026, 12, 15));
        driver.runDueJobs(cycle);
        runOnTwoNodesAtOnce();
        jobs.runNow();
        MimeMessage overdue = single("rdsup", "Overdue: supervision of Rob Worker");
        assertThat(GreenMailUtil.getBody(overdue)).contains("was due by 14 December 2026 and has not been held");
        assertThat(mailsTo("rdsw", "Your supervision is overdue")).as("turned off by the supervisee").isEmpty();
        MimeMessage digest = single("rdmgr", "Weekly digest:");
        String digestText = GreenMailUtil.getBody(digest).replace("=\r\n", "").replace("\r\n", "\n");
        assertThat(digestText).contains("Dear Maya Manager", "On 15 December 2026",
                "- Supervision session of Rob Worker with Rhona Supervisor, not held (due 14 December 2026)",
                "Supervisor books session", "waiting for Rhona Supervisor", "http://localhost:8080/teams");
        assertThat(mailsTo("rkhan", "Weekly digest:")).as("Ruth Khan's digest comes on Mondays").isEmpty();

        // the session is held and recorded; three days on, the record still waits for the supervisee
        driver.complete(cycle, "bookSession", "rdsup", SessionTestSupport.booking(LocalDate.of(2026, 12, 16)));
        driver.today(LocalDate.of(2026, 12, 16), cycle);
        driver.complete(cycle, "recordSession", "rdsup", SessionTestSupport.held(LocalDate.of(2026, 12, 16), "the merger"));
        Fixtures.today(LocalDate.of(2026, 12, 21));
        runOnTwoNodesAtOnce();
        MimeMessage toConfirm = single("rdsw", "A supervision record waits for you to confirm it");
        assertThat(GreenMailUtil.getBody(toConfirm)).contains("held on 16 December 2026 with Rhona Supervisor",
                "Supervisee confirms or disputes record");
        assertThat(mailsTo("rdmgr", "Weekly digest:")).as("Monday is not the manager's day").hasSize(1);

        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(GreenMailUtil.getWholeMessage(mail)).as("no mail quotes a record")
                    .doesNotContain("Workload feels heavy", "Smith case", "neglect toolkit", "school nurse");
        }
    }

    /** The job's work from two threads released together, as two application nodes on one database would run it. */
    private void runOnTwoNodesAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    jobs.runNow();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
    }

    private static HttpResponse<String> postForm(WebClient client, String path, String form) {
        Matcher csrf = CSRF.matcher(client.get(path).body());
        assertThat(csrf.find()).as("the page's form carries a CSRF token").isTrue();
        return client.post(path, "application/x-www-form-urlencoded",
                form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
    }

    private static MimeMessage single(String staffId, String subjectStart) throws Exception {
        List<MimeMessage> found = mailsTo(staffId, subjectStart);
        assertThat(found).as("one mail to " + staffId + " starting '" + subjectStart + "'").hasSize(1);
        return found.get(0);
    }

    private static List<MimeMessage> mailsTo(String staffId, String subjectStart) throws Exception {
        String address = staffId.equals("rkhan") ? "ruth.khan@demo-council.example" : staffId + "@example.org";
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            boolean toThem = Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            if (toThem && mail.getSubject().startsWith(subjectStart)) {
                found.add(mail);
            }
        }
        return found;
    }
}
