package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.session.SessionTestSupport;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.AgreementForms;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Screenshots;
import org.supervision.support.Teams;

/**
 * A supervisor's home, a supervisee's page and a line manager's teams, as these people see
 * them in a browser. The team is this class's own (other test classes share the database):
 * three supervisees whose first sessions were due on Monday 30 November 2026 and went three
 * ways. Lena's was held two days late; Omar's was held on the day and written up two days
 * later (the overdue timer marked it, the page must not); Mia's has not been held at all.
 */
@BrowserTest
class SupervisorHomeBrowserTest {

    static final LocalDate SIGNED = LocalDate.of(2026, 11, 23);
    static final LocalDate DUE = LocalDate.of(2026, 11, 30);
    static final LocalDate WRITTEN_UP = LocalDate.of(2026, 12, 2);
    static final LocalDate VIEWED = LocalDate.of(2026, 12, 3);

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired ProcessDriver process;
    @Autowired SupervisionSessionRepository sessions;
    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSupervisorSeesWhatIsDueAndOverdueForEachSuperviseeAndTheirFileWhichOthersCannotOpen() throws Exception {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("shhead", "Hannah", "Head"));
        Teams.importTeam(directory, "shhead", Teams.supervisor("shboss", "Sheila", "Harding"),
                Teams.supervisee("shlate", "Lena", "Latimer", "ASYE", LocalDate.of(2026, 10, 5)),
                Teams.supervisee("shontime", "Omar", "Okafor", "SOCIAL_WORKER", LocalDate.of(2022, 3, 7)),
                Teams.supervisee("shmissed", "Mia", "Morris", "EXPERIENCED_SOCIAL_WORKER", LocalDate.of(2015, 6, 1)));
        Teams.importTeam(directory, "shhead", Teams.supervisor("shother", "Otto", "Other"));
        Teams.logins(identity, "demo", "shhead", "shboss", "shother");

        // the ASYE in week 7 at the policy minimum (fortnightly), the others monthly
        String lena = signAgreement("shlate", 14);
        String omar = signAgreement("shontime", 28);
        String mia = signAgreement("shmissed", 28);
        for (String cycle : new String[] {lena, omar, mia}) {
            process.complete(cycle, "bookSession", "shboss", SessionTestSupport.booking(DUE));
        }
        process.today(DUE, lena);
        // the due day is over for all three before anyone writes a record: the timer marks each overdue
        for (String cycle : new String[] {lena, omar, mia}) {
            process.today(WRITTEN_UP, cycle);
        }
        process.complete(lena, "recordSession", "shboss", SessionTestSupport.held(WRITTEN_UP, "the move to the new team"));
        process.complete(lena, "reviewRecord", "shlate", Map.of("recordConfirmed", true));
        process.complete(lena, "bookSession", "shboss", SessionTestSupport.booking(LocalDate.of(2026, 12, 16)));
        process.complete(omar, "recordSession", "shboss", SessionTestSupport.held(DUE, "the court report"));
        process.complete(omar, "reviewRecord", "shontime", Map.of("recordConfirmed", "false",
                "superviseeStatement", "I did not agree to transfer the Smith case"));
        assertThat(sessions.findByStaffIdOrderByDueOnAscIdAsc("shontime").get(0).isOverdue())
                .as("the timer marked Omar's session before it was recorded; the pages must read the held date").isTrue();
        Fixtures.today(VIEWED);

        browser.logIn("shboss", "demo");
        assertThat(browser.driver().getCurrentUrl()).as("a supervisor lands on their supervisees").endsWith("/supervisees");
        assertThat(row("Lena Latimer")).contains("ASYE, week 9", "Signed, every 2 weeks", "2 December 2026", "held late",
                "16 December 2026").doesNotContain("Overdue");
        assertThat(row("Omar Okafor")).as("held on the due day, written up later: not overdue")
                .contains("Social worker, 4 years in post", "Signed, every 4 weeks", "30 November 2026", "28 December 2026")
                .doesNotContain("Overdue", "held late");
        assertThat(cell("Omar Okafor", 4)).as("open disputes").isEqualTo("1");
        assertThat(row("Mia Morris")).contains("Overdue", "not held since 30 November 2026");
        assertThat(browser.driver().findElement(By.id("upcoming")).getText())
                .contains("Sessions in the next 14 days", "16 December 2026 at 10:00", "Lena Latimer", "Room 4, Civic Centre");
        assertThat(browser.pageText()).contains("Waiting for me", "Supervisor answers dispute");
        assertThat(browser.pageText()).doesNotContain("shontime", "MANAGEMENT", "SOCIAL_WORKER");
        Accessibility.assertAccessible(browser.driver(), "My supervisees");
        Screenshots.save(browser.driver(), "supervisor-home");

        browser.driver().findElement(By.linkText("Omar Okafor")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/supervisees/shontime"));
        String page = browser.pageText();
        assertThat(page).contains("Omar Okafor", "Supervision agreement", "Management supervision every 4 weeks",
                "90 minutes", "Phones off, start on time", "Supervisor records; shared within 5 working days; both sign",
                "Raise it at the next session; then the three-way route",
                "Personal issues go to the employee assistance programme",
                "Sheila Harding on 23 November 2026", "Omar Okafor on 23 November 2026",
                "Management supervision, session 1", "30 November 2026, with Sheila Harding",
                "Disputed by the supervisee", "I did not agree to transfer the Smith case", "Read the neglect toolkit");
        assertThat(browser.driver().findElements(By.cssSelector("main .govuk-tag--red")))
                .as("held on time: no session of Omar's is overdue").isEmpty();
        Accessibility.assertAccessible(browser.driver(), "a supervisee's page");
        Screenshots.save(browser.driver(), "supervisee-page");

        browser.driver().get("http://localhost:" + port + "/supervisees/shlate");
        assertThat(browser.pageText()).as("Lena's session was held after its due date")
                .contains("Lena Latimer", "Held late", "Management supervision every 2 weeks");
        assertThat(browser.driver().findElements(By.cssSelector("main .govuk-tag--red")))
                .as("held, if late: nothing of Lena's needs doing now").isEmpty();

        browser.driver().get("http://localhost:" + port + "/supervisees/nobody-by-that-id");
        assertThat(browser.pageText()).contains("We cannot find this person");
        assertThat(status("/supervisees/nobody-by-that-id")).isEqualTo(404);
        Accessibility.assertAccessible(browser.driver(), "the page for an unknown person");

        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login?logout"));
        browser.logIn("shother", "demo");
        browser.driver().get("http://localhost:" + port + "/supervisees/shontime");
        assertThat(browser.pageText()).contains("You cannot see this person's supervision records")
                .doesNotContain("Omar Okafor", "Phones off", "Exception");
        assertThat(status("/supervisees/shontime")).isEqualTo(403);
        Accessibility.assertAccessible(browser.driver(), "the refusal page");

        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login?logout"));
        browser.logIn("shhead", "demo");
        browser.driver().get("http://localhost:" + port + "/teams");
        assertThat(browser.driver().findElement(By.id("counts")).getText())
                .contains("Supervisors reporting to you 1", "Their supervisees 3", "Supervisees with a session overdue 1");
        assertThat(browser.pageText()).contains("Supervised by Sheila Harding", "Mia Morris", "Overdue");
        Accessibility.assertAccessible(browser.driver(), "My teams");
        Screenshots.save(browser.driver(), "teams");
    }

    /** Drafts, accepts and signs the agreement the import started; returns the management session cycle. */
    private String signAgreement(String supervisee, int frequencyDays) {
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(supervisee).singleResult().getId();
        process.complete(agreement, "draftAgreement", "shboss", AgreementForms.draft(frequencyDays, DUE, SIGNED));
        process.complete(agreement, "reviewAgreement", supervisee, Map.of("superviseeAccepts", true));
        process.complete(agreement, "supervisorSigns", "shboss", Map.of("signatureConfirmed", true));
        process.complete(agreement, "superviseeSigns", supervisee, Map.of("signatureConfirmed", true));
        return runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(supervisee).variableValueEquals("supervisionType", "MANAGEMENT")
                .singleResult().getId();
    }

    /** The HTTP status of a page, asked in the browser's session (the browser itself does not tell). */
    private int status(String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + session).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String row(String name) {
        return rowElement(name).getText();
    }

    /** The text of a column (1 is the first after the name) of the supervisee's row. */
    private String cell(String name, int column) {
        return rowElement(name).findElements(By.tagName("td")).get(column - 1).getText();
    }

    private WebElement rowElement(String name) {
        return browser.driver().findElement(By.xpath("//table[@id='supervisees']/tbody/tr[th//a[normalize-space(.)='" + name + "']]"));
    }
}
