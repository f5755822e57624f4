package org.supervision.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.Screenshots;
import org.supervision.support.WebClient;

/**
 * How people get in: the invitation mailed after a directory import (a real SMTP server
 * in-process), the one-time link opened in a real browser, "Forgotten your password?", and
 * an administrator's resend. Its own database, so that the invitations of this class's
 * imports are the only ones; the demo organisation's logins are mailed nothing that matters
 * here (their addresses are on another domain and every check below is by address).
 */
@BrowserTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:password-links;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry (see WholeYearTest)
        "camunda.bpm.process-engine-name=passwordLinks",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        // the demo gives every login a password and invites nobody; this class tests the invitations
        "supervision.access.invite-on-import=true"})
class PasswordLinkBrowserTest {

    /** application-test.yml's */
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Pattern LINK = Pattern.compile("(\\S*)set-password\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");
    private static final String SAME_ANSWER = "If the details match a person in the directory, we have sent a link to their e-mail address.";

    /** GreenMail's test port 3025, given to the context above. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired JdbcTemplate jdbc;
    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        Fixtures.today(TODAY);
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anImportedPersonIsInvitedOnceSetsTheirPasswordAndSignsIn() throws Exception {
        importPerson("inew", "Ines", "Newton", null);
        MimeMessage invitation = awaitMail("inew@example.org", 1);
        String text = invitation.getContent().toString();
        assertThat(invitation.getSubject()).isEqualTo("Set your password for supervision at Demo Council");
        assertThat(text).contains("Hello Ines,", "Demo Council uses this system to arrange and record supervision",
                "Your user name is inew.", "expires on 30 November 2026 at 09:00 (UK time)",
                "If you were not expecting this, ignore it.");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("the mail carries the link").isTrue();
        assertThat(link.group(1)).as("the workspace's address, as configured").isEqualTo("http://localhost:8080/");
        String token = link.group(2);

        importPerson("inew", "Ines", "Newton", null); // the same file again
        assertThat(jdbc.queryForObject("select count(*) from password_link where staff_id = 'inew'", Integer.class))
                .as("a re-import invites nobody again").isEqualTo(1);

        open(token);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Set your password");
        assertThat(browser.pageText()).contains("Ines Newton", "Your user name is inew");
        Accessibility.assertAccessible(browser.driver(), "Set your password");
        Screenshots.save(browser.driver(), "set-password");

        browser.driver().findElement(By.id("password")).sendKeys("a long walk by the river");
        browser.driver().findElement(By.id("confirm-password")).sendKeys("a long walk by the sea");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(driver -> driver.getTitle().startsWith("Error:"));
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getText())
                .isEqualTo("Confirm new password must be the same as the new password");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href"))
                .endsWith("#confirm-password");
        assertThat(browser.driver().findElement(By.id("confirm-password-error")).getText())
                .contains("Confirm new password must be the same as the new password");
        Accessibility.assertAccessible(browser.driver(), "Set your password with its error");

        browser.driver().findElement(By.id("password")).sendKeys("a long walk by the river");
        browser.driver().findElement(By.id("confirm-password")).sendKeys("a long walk by the river");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login?password-set"));
        assertThat(browser.pageText()).contains("Your password is set. Sign in.");
        Accessibility.assertAccessible(browser.driver(), "the login page after a password was set");

        browser.logIn("inew", "a long walk by the river");
        assertThat(browser.driver().findElement(By.cssSelector(".workspace-header__person")).getText())
                .contains("Signed in as Ines Newton");

        open(token);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .as("the link works once").isEqualTo("This link has expired or has already been used");
        assertThat(mailsTo("inew@example.org")).as("exactly one mail").hasSize(1);

        List<Map<String, Object>> trail = jdbc.queryForList("select actor, action, record_type, record_id, details"
                + " from audit_log where subject_staff_id = 'inew' and record_type = 'PasswordLink' order by id");
        assertThat(trail).extracting(row -> row.get("ACTOR") + " " + row.get("ACTION"))
                .containsExactly("system PASSWORD_INVITATION_SENT", "inew PASSWORD_LINK_USED");
        String hash = LinkToken.hash(token);
        assertThat(jdbc.queryForList("select * from audit_log where subject_staff_id = 'inew'").toString())
                .as("the audit trail never holds the token or its hash").doesNotContain(token, hash);
    }

    @Test
    void anExpiredLinkOrALeaversLinkDoesNotWorkAndLeaversAreNotInvited() throws Exception {
        importPerson("ilate", "Ian", "Late", null);
        importPerson("ileave", "Ivy", "Leaving", TODAY.plusDays(2));
        importPerson("igone", "Iris", "Gone", TODAY.minusDays(1));
        String late = token(awaitMail("ilate@example.org", 1));
        String leaver = token(awaitMail("ileave@example.org", 1));
        assertThat(jdbc.queryForObject("select count(*) from password_link where staff_id = 'igone'", Integer.class))
                .as("someone who has left gets no link").isZero();

        Fixtures.today(TODAY.plusDays(4));
        open(leaver);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .as("the leaver's link, still within its 7 days").isEqualTo("This link has expired or has already been used");

        Fixtures.today(TODAY.plusDays(8));
        open(late);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("This link has expired or has already been used");
        Accessibility.assertAccessible(browser.driver(), "the expired link's page");
        Screenshots.save(browser.driver(), "set-password-link-expired");
        browser.driver().findElement(By.linkText("Ask for a new link")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/forgotten-password"));
    }

    @Test
    void forgottenPasswordGivesTheSameAnswerForAnyNameAndMailsOnlyAKnownPerson() throws Exception {
        importPerson("iforget", "Ida", "Forget", null);
        String invitation = token(awaitMail("iforget@example.org", 1));

        browser.driver().get("http://localhost:" + port + "/login");
        browser.driver().findElement(By.linkText("Forgotten your password?")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/forgotten-password"));
        Accessibility.assertAccessible(browser.driver(), "Forgotten your password?");
        Screenshots.save(browser.driver(), "forgotten-password");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(driver -> driver.getTitle().startsWith("Error:"));
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getText())
                .isEqualTo("Enter your user name or e-mail address");
        Accessibility.assertAccessible(browser.driver(), "Forgotten your password? with its error");
        String unknownAnswer = ask("nobody-of-that-name");
        String knownAnswer = ask("IFORGET@example.org");
        assertThat(unknownAnswer).contains(SAME_ANSWER).isEqualTo(knownAnswer);
        Accessibility.assertAccessible(browser.driver(), "Forgotten your password? after asking");

        MimeMessage reset = awaitMail("iforget@example.org", 2);
        assertThat(reset.getSubject()).isEqualTo("Set a new password for supervision");
        assertThat(reset.getContent().toString()).contains("expires on 23 November 2026 at 10:00 (UK time)",
                "your password has not changed");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(PasswordLinkBrowserTest::recipient)
                .filter(address -> address.endsWith("@example.org")))
                .as("the unknown name was mailed nothing (mails leave in order, so it would be here by now)")
                .containsExactly("iforget@example.org", "iforget@example.org");

        open(invitation);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .as("a new link withdraws the earlier one").isEqualTo("This link has expired or has already been used");
        open(token(reset));
        browser.driver().findElement(By.id("password")).sendKeys("twelve chars!");
        browser.driver().findElement(By.id("confirm-password")).sendKeys("twelve chars!");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login?password-set"));
        browser.logIn("iforget", "twelve chars!");
        assertThat(browser.pageText()).contains("Signed in as Ida Forget");

        assertThat(jdbc.queryForList("select action from audit_log where subject_staff_id = 'iforget'"
                + " and record_type = 'PasswordLink' order by id", String.class))
                .containsExactly("PASSWORD_INVITATION_SENT", "PASSWORD_RESET_REQUESTED", "PASSWORD_RESET_SENT",
                        "PASSWORD_LINK_USED");
    }

    @Test
    void aPersonIsSentAFewLinksAtMostHoweverOftenSomeoneAsks() throws Exception {
        importPerson("iflood", "Isla", "Flood", null);
        importPerson("iafter", "Ivan", "After", null);
        awaitMail("iflood@example.org", 1);
        awaitMail("iafter@example.org", 1);
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> answer = askAnonymously("198.51.100." + i, "iflood");
            assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/forgotten-password?sent");
        }
        assertThat(askAnonymously("198.51.100.50", "x".repeat(5000)).headers().firstValue("Location").orElse(""))
                .as("a 5,000-character name gets the same answer").endsWith("/forgotten-password?sent");
        WebClient stranger = WebClient.anonymous(port);
        Matcher csrf = CSRF.matcher(stranger.get("/forgotten-password").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> madeUp = stranger.post("/set-password", "application/x-www-form-urlencoded", "token="
                + "A".repeat(43) + "&password=a+long+walk+by+the+river&confirmPassword=a+long+walk+by+the+river&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(madeUp.statusCode()).isEqualTo(410);
        assertThat(madeUp.body()).contains("This link has expired or has already been used");
        askAnonymously("198.51.100.99", "iafter");
        awaitMail("iafter@example.org", 2); // mails leave in order: any for iflood has arrived before this one
        assertThat(mailsTo("iflood@example.org")).as("the invitation and 3 links, not 5").hasSize(4);
    }

    @Test
    void anAdministratorResendsAnInvitationAndTheEarlierLinkStopsWorking() throws Exception {
        importPerson("iresend", "Isaac", "Resend", null);
        String first = token(awaitMail("iresend@example.org", 1));

        assertThat(WebClient.basic(port, "pjones", "demo").post("/api/staff/iresend/invitation", "application/json", "")
                .statusCode()).as("administrators only").isEqualTo(403);
        HttpResponse<String> resent = WebClient.basic(port, "admin", ADMIN_PASSWORD)
                .post("/api/staff/iresend/invitation", "application/json", "");
        assertThat(resent.statusCode()).isEqualTo(204);
        HttpResponse<String> unknown = WebClient.basic(port, "admin", ADMIN_PASSWORD)
                .post("/api/staff/nobody1/invitation", "application/json", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Nobody with the id 'nobody1' is in the staff directory");
        assertThat(WebClient.basic(port, "admin", ADMIN_PASSWORD).post("/api/staff/" + "x".repeat(3000) + "/invitation",
                "application/json", "").statusCode()).as("a 3,000-character id is nobody, not a server error").isEqualTo(404);

        String second = token(awaitMail("iresend@example.org", 2));
        open(first);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("This link has expired or has already been used");
        open(second);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Set your password");
        assertThat(jdbc.queryForList("select actor from audit_log where subject_staff_id = 'iresend'"
                + " and action = 'PASSWORD_INVITATION_SENT' order by id", String.class)).containsExactly("system", "admin");
    }

    private void importPerson(String id, String firstName, String lastName, LocalDate leftOn) {
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n" + String.join(",", id, firstName, lastName, id + "@example.org",
                "SOCIAL_WORKER", "2024-02-05", "37", "rkhan", "", leftOn == null ? "" : leftOn.toString()) + "\n"));
    }

    private void open(String token) {
        browser.driver().get("http://localhost:" + port + "/set-password?token=" + token);
    }

    /** Asks on the open "Forgotten your password?" page and returns what the page then says. */
    private String ask(String name) {
        browser.driver().get("http://localhost:" + port + "/forgotten-password");
        browser.driver().findElement(By.id("name")).sendKeys(name);
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/forgotten-password?sent"));
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    /** The form as a program would send it, from {@code source} (a proxy's X-Forwarded-For). */
    private HttpResponse<String> askAnonymously(String source, String name) {
        WebClient client = WebClient.anonymous(port).from(source);
        Matcher csrf = CSRF.matcher(client.get("/forgotten-password").body());
        assertThat(csrf.find()).as("the form is CSRF-protected").isTrue();
        return client.post("/forgotten-password", "application/x-www-form-urlencoded",
                "name=" + name + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("the mail carries a link").isTrue();
        return link.group(2);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> recipient(mail).equals(address)).toList();
    }

    /** Waits (on GreenMail's signal of each arrival, not a sleep) for the {@code nth} mail to {@code address}. */
    private static MimeMessage awaitMail(String address, int nth) {
        int total = smtp.getReceivedMessages().length;
        while (mailsTo(address).size() < nth) {
            total++;
            assertThat(smtp.waitForIncomingEmail(15_000, total)).as("mail number " + nth + " to " + address).isTrue();
        }
        return mailsTo(address).get(nth - 1);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
