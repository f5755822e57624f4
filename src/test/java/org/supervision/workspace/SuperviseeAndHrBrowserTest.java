package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.audit.RecordAccessGrantRepository;
import org.supervision.conflict.ConflictCase;
import org.supervision.conflict.ConflictCases;
import org.supervision.learning.CpdLog;
import org.supervision.session.SessionTestSupport;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.AgreementForms;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Screenshots;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * What a supervisee, HR and a director see in the workspace, in a real browser. One team of the class's
 * own (Wanda Whitfield supervises Sasha Okafor) goes through an agreement, three sessions and
 * a conflict that reaches HR once, before the tests; each test then only looks.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuperviseeAndHrBrowserTest {

    static final String SUPERVISOR = "wshsup";
    static final String SUPERVISEE = "wshsw";
    static final LocalDate VIEWED_ON = LocalDate.of(2026, 11, 20);

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired ProcessDriver driver;
    @Autowired ConflictCases conflicts;
    @Autowired CpdLog cpd;
    @Autowired RecordAccessGrantRepository grants;
    ConflictCase conflict;
    Browser browser;

    @BeforeAll
    void aYearOfSupervisionAndAConflictThatReachedHr() {
        Fixtures.today(LocalDate.of(2026, 10, 5));
        Teams.importTeam(directory, Teams.supervisor(SUPERVISOR, "Wanda", "Whitfield"),
                Teams.supervisee(SUPERVISEE, "Sasha", "Okafor", "SOCIAL_WORKER", LocalDate.of(2022, 1, 10)));
        Teams.logins(identity, "demo", SUPERVISOR, SUPERVISEE);

        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(SUPERVISEE).singleResult().getId();
        driver.complete(agreement, "draftAgreement", SUPERVISOR,
                AgreementForms.draft(28, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 5)));
        driver.complete(agreement, "reviewAgreement", SUPERVISEE, Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", SUPERVISOR, Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", SUPERVISEE, Map.of("signatureConfirmed", true));

        String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(SUPERVISEE).variableValueEquals("supervisionType", "MANAGEMENT")
                .singleResult().getId();
        // the first session held and its record confirmed; the second held, its record waiting; the third booked
        hold(cycle, LocalDate.of(2026, 10, 12));
        driver.complete(cycle, "reviewRecord", SUPERVISEE, Map.of("recordConfirmed", true));
        hold(cycle, LocalDate.of(2026, 11, 9));
        driver.complete(cycle, "bookSession", SUPERVISOR, SessionTestSupport.booking(LocalDate.of(2026, 12, 7)));
        cpd.add(SUPERVISEE, SUPERVISEE, Map.of("activity", "Reading: neglect toolkit", "category", "E_LEARNING",
                "date", "2026-11-02", "hours", "3"));

        Fixtures.today(LocalDate.of(2026, 11, 10));
        conflict = conflicts.raise(SUPERVISEE, Map.of("supervisionType", "MANAGEMENT", "concern", "QUANTITY",
                "description", "Sessions keep being moved at the last minute", "desiredOutcome", "Sessions that stay booked"));
        String escalation = conflict.getProcessInstanceId();
        Map<String, Object> response = new HashMap<>();
        response.put("meetingHeldOn", null);
        response.put("response", "Court work took over my diary");
        response.put("proposedResolution", "Fixed first-Monday slots");
        response.put("referToThreeWay", true);
        response.put("reviewAgreement", false);
        driver.complete(escalation, "supervisorResponds", SUPERVISOR, response);
        driver.complete(escalation, "lineManagerBooksMeeting", "rkhan",
                Map.of("meetingDate", "2026-11-13", "meetingTime", "14:00", "meetingPlace", "Room 2"));
        driver.today(LocalDate.of(2026, 11, 13), escalation);
        driver.complete(escalation, "lineManagerRecordsOutcome", "rkhan", Map.of("meetingHeldOn", "2026-11-13",
                "meetingSummary", "Both views heard", "agreedActions", "Try protected slots for a month"));
        driver.complete(escalation, "superviseeAnswersThreeWay", SUPERVISEE,
                Map.of("resolvedAnswer", false, "statement", "The slots were moved again"));
        Map<String, Object> supervisorAnswer = new HashMap<>();
        supervisorAnswer.put("resolvedAnswer", true);
        supervisorAnswer.put("statement", null);
        driver.complete(escalation, "supervisorAnswersThreeWay", SUPERVISOR, supervisorAnswer);
        driver.task(escalation, "hrMediates");
    }

    private void hold(String cycle, LocalDate on) {
        driver.complete(cycle, "bookSession", SUPERVISOR, SessionTestSupport.booking(on));
        driver.today(on, cycle);
        driver.complete(cycle, "recordSession", SUPERVISOR, SessionTestSupport.held(on, "the merger"));
    }

    @BeforeEach
    void openBrowser() throws Exception {
        Fixtures.today(VIEWED_ON);
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theSuperviseeReadsTheirAgreementSessionsTasksAndLearningInWords() throws Exception {
        browser.logIn(SUPERVISEE, "demo");
        browser.driver().get("http://localhost:" + port + "/my-supervision");

        String page = browser.pageText();
        assertThat(page).contains("My supervision agreement", "Every 4 weeks", "1 hour 30 minutes",
                "Phones off, start on time", "Supervisor records; shared within 5 working days; both sign",
                "Raise it at the next session; then the three-way route",
                "Personal issues go to the employee assistance programme",
                "By Wanda Whitfield on 5 October 2026 at 09:00", "By Sasha Okafor on 5 October 2026 at 09:00");
        assertThat(cells("Past sessions and their records")).containsExactly(
                List.of("Management supervision", "9 November 2026", "Waiting for you to confirm"),
                List.of("Management supervision", "12 October 2026", "Confirmed by you both"));
        assertThat(cells("Coming up")).containsExactly(
                List.of("Management supervision", "7 December 2026 at 10:00", "Room 4, Civic Centre", "Booked"));
        assertThat(browser.driver().findElements(By.xpath("//table[caption[normalize-space(.)='Waiting for you']]/tbody/tr")))
                .as("the record to confirm is among their tasks").isNotEmpty();
        assertThat(page).contains("Reading: neglect toolkit", "CPD recorded: 3 hours in all");
        assertThat(page).as("words, never codes").doesNotContain("MANAGEMENT", "AWAITING_CONFIRMATION", "E_LEARNING", SUPERVISOR);
        WebElement concern = browser.driver().findElement(By.linkText("Raise a concern about supervision"));
        assertThat(concern.getAttribute("href")).endsWith("/start/conflict-escalation");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        Accessibility.assertAccessible(browser.driver(), "My supervision");
        Screenshots.save(browser.driver(), "supervisee-home");
    }

    @Test
    void hrSeesTheEscalatedCaseInTheQueueAndItsWholeHistory() throws Exception {
        browser.logIn("hbaker", "demo");
        browser.driver().get("http://localhost:" + port + "/hr/conflicts");

        List<WebElement> row = browser.driver().findElements(
                By.xpath("//table[caption[contains(., 'Open cases at HR')]]/tbody/tr[td[2][normalize-space(.)='Sasha Okafor']]/td"));
        assertThat(row).extracting(WebElement::getText).containsExactly("Case " + conflict.getId(), "Sasha Okafor",
                "Wanda Whitfield", "With HR", "8", "27 November 2026", "HR mediates and records the outcome");
        Accessibility.assertAccessible(browser.driver(), "Escalated conflicts");
        Screenshots.save(browser.driver(), "hr-queue");

        row.get(0).findElement(By.tagName("a")).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/hr/conflicts/" + conflict.getId()));
        String page = browser.pageText();
        assertThat(page).contains("Case " + conflict.getId(), "Sessions keep being moved at the last minute",
                "Sessions that stay booked", "How often supervision happens (quantity)", "10 November 2026 by Sasha Okafor",
                "Stage 1: with the supervisor", "Court work took over my diary", "Fixed first-Monday slots",
                "the supervisor referred it to a three-way discussion",
                "Stage 2: three-way discussion with the line manager", "13 November 2026 at 14:00, Room 2",
                "Both views heard", "Try protected slots for a month", "Sasha Okafor (supervisee)",
                "The slots were moved again", "Wanda Whitfield (supervisor)", "Ruth Khan",
                "Stage 3: with HR", "Still running", "27 November 2026");
        assertThat(page).as("words, never codes").doesNotContain("REFERRED", "NOT_RESOLVED", "QUANTITY", SUPERVISEE);
        Accessibility.assertAccessible(browser.driver(), "an escalated case");
        Screenshots.save(browser.driver(), "hr-case");
    }

    @Test
    void hrOpensTheInspectionPackFromTheMenuAndIsToldWhichDateIsWrong() throws Exception {
        browser.logIn("hbaker", "demo");
        browser.driver().get("http://localhost:" + port + "/tasks");
        browser.driver().findElement(By.linkText("Inspection pack")).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/inspection-pack"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("service"))).getOptions())
                .extracting(WebElement::getText).as("HR may choose any manager").contains("Ruth Khan", "Paul Jones");
        Accessibility.assertAccessible(browser.driver(), "Inspection pack");

        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("service"))).selectByVisibleText("Paul Jones");
        browser.driver().findElement(By.id("from-day")).clear();
        browser.driver().findElement(By.id("from-day")).sendKeys("31");
        browser.driver().findElement(By.id("from-month")).clear();
        browser.driver().findElement(By.id("from-month")).sendKeys("2");
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Download the pack (ZIP)']")).click();
        browser.waiting().until(d -> d.getTitle().startsWith("Error:"));
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("There is a problem", "The first day of the period must be a real date");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("service")))
                .getFirstSelectedOption().getText()).as("the choice is kept").isEqualTo("Paul Jones");
        Accessibility.assertAccessible(browser.driver(), "Inspection pack with its error");
    }

    @Test
    void someoneOutsideHrIsToldPlainlyTheyCannotSeeEscalatedConflicts() {
        browser.logIn(SUPERVISEE, "demo");
        browser.driver().get("http://localhost:" + port + "/hr/conflicts");
        assertThat(browser.pageText()).contains("You cannot see escalated conflicts",
                "Only HR can see supervision conflicts that have been escalated to HR");
        assertThat(browser.pageText()).doesNotContain("Sasha Okafor and Wanda Whitfield", "Forbidden", "Whitelabel");
        Accessibility.assertAccessible(browser.driver(), "the refusal page");

        WebClient supervisee = WebClient.browser(port, SUPERVISEE, "demo");
        assertThat(supervisee.get("/hr/conflicts").statusCode()).isEqualTo(403);
        assertThat(supervisee.get("/hr/conflicts/" + conflict.getId()).statusCode()).isEqualTo(403);
    }

    @Test
    void aDirectorAsksForNeedToKnowAccessSeesWhatItUnlocksAndEndsItEarly() throws Exception {
        long grantsBefore = grants.count();
        WebClient director = WebClient.basic(port, "dmorgan", "demo");
        assertThat(director.get("/api/staff/" + SUPERVISEE + "/sessions").statusCode()).as("no grant yet").isEqualTo(403);
        browser.logIn("dmorgan", "demo");
        browser.driver().get("http://localhost:" + port + "/need-to-know");
        input("For how many days").clear();
        submit("Ask for access");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.driver().findElements(By.cssSelector(".govuk-error-summary__list a"))).extracting(WebElement::getText)
                .containsExactly("Whose records: choose whose records you need to read", "Grounds: choose one",
                        "Why you need to read them: say why you need to read these records",
                        "For how many days: enter a whole number of days from 1 to 30");
        Accessibility.assertAccessible(browser.driver(), "Need-to-know access with its errors");

        new Select(input("Whose records")).selectByVisibleText("Sasha Okafor");
        browser.chooseRadio("A conduct matter");
        input("Why you need to read them").sendKeys("Complaint about a cancelled home visit, ref C-207");
        input("For how many days").clear();
        input("For how many days").sendKeys("45");
        submit("Ask for access");
        assertThat(browser.driver().findElements(By.cssSelector(".govuk-error-summary__list a"))).extracting(WebElement::getText)
                .as("the grant service's own check, by the field's label")
                .containsExactly("For how many days: enter a whole number of days from 1 to 30");
        assertThat(grants.count()).as("nothing stored").isEqualTo(grantsBefore);

        input("For how many days").clear();
        input("For how many days").sendKeys("7");
        submit("Ask for access");
        assertThat(browser.pageText()).contains(
                "You can read the supervision records of Sasha Okafor until 27 November 2026 at 09:00.");
        WebElement current = browser.driver().findElement(By.xpath(
                "//table[caption[contains(., 'you have now')]]/tbody/tr[td[1][contains(., 'Sasha Okafor')]]"));
        assertThat(current.getText()).contains("A conduct matter", "Complaint about a cancelled home visit, ref C-207",
                "27 November 2026 at 09:00");
        current.findElement(By.className("govuk-details__summary")).click();
        assertThat(current.getText()).contains("their supervision agreements (every version), their sessions and session records");
        assertThat(director.get("/api/staff/" + SUPERVISEE + "/sessions").statusCode()).as("unlocked").isEqualTo(200);
        Accessibility.assertAccessible(browser.driver(), "Need-to-know access");
        Screenshots.save(browser.driver(), "need-to-know");

        current.findElement(By.xpath(".//button[contains(., 'End now')]")).click();
        browser.waiting().until(d -> browser.pageText().contains(
                "Your access to the supervision records of Sasha Okafor has ended."));
        assertThat(browser.driver().findElements(By.xpath(
                "//table[caption[contains(., 'you have now')]]/tbody/tr[td[1][contains(., 'Sasha Okafor')]]"))).isEmpty();
        assertThat(browser.driver().findElements(By.xpath(
                "//table[caption[contains(., 'ended')]]/tbody/tr[td[1][normalize-space(.)='Sasha Okafor']]"))).hasSize(1);
        assertThat(director.get("/api/staff/" + SUPERVISEE + "/sessions").statusCode()).as("ended early").isEqualTo(403);
    }

    /** A field of a workspace form, found by its label as a person finds it. */
    private WebElement input(String label) {
        WebElement labelled = browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
        return browser.driver().findElement(By.id(labelled.getAttribute("for")));
    }

    private void submit(String button) {
        WebElement old = browser.driver().findElement(By.tagName("main"));
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='" + button + "']")).click();
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
    }

    /** The cells of each body row of the table with this caption. */
    private List<List<String>> cells(String caption) {
        return browser.driver().findElements(By.xpath("//table[caption[normalize-space(.)='" + caption + "']]/tbody/tr"))
                .stream().map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }
}
