package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervision.workspace.WorkspaceForms.assertDone;
import static org.supervision.workspace.WorkspaceForms.type;
import static org.supervision.workspace.WorkspaceForms.typeDate;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.conflict.ConflictCase;
import org.supervision.conflict.ConflictCaseRepository;
import org.supervision.conflict.ConflictOutcome;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;

/**
 * A supervision conflict from the supervisee's concern to HR's decision, done entirely in the
 * workspace's own pages, in a real browser: each person finds their task from their home or
 * "Waiting for me", reads the case so far, fills the form and presses the button. A team of the
 * class's own: Lena Marsh manages the supervisor Carl Dunne, who supervises Ava Price; Hugo
 * Reid is in HR.
 */
@BrowserTest
class ConflictInTheWorkspaceBrowserTest {

    static final String LINE_MANAGER = "cwlm";
    static final String SUPERVISOR = "cwsup";
    static final String SUPERVISEE = "cwsw";
    static final String HR = "cwhr";
    static final String SUPERVISEE_NAME = "Ava Price";

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired ProcessDriver process;
    @Autowired ConflictCaseRepository conflicts;

    @Test
    void aConcernGoesFromTheSuperviseeThroughTheThreeWayMeetingToHrInTheWorkspace() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, "rkhan", Teams.supervisor(LINE_MANAGER, "Lena", "Marsh"),
                Teams.supervisor(SUPERVISOR, "Carl", "Dunne"));
        Teams.importTeam(directory, LINE_MANAGER, Teams.supervisor(SUPERVISOR, "Carl", "Dunne"),
                Teams.supervisee(SUPERVISEE, "Ava", "Price", "SOCIAL_WORKER", LocalDate.of(2023, 3, 6)));
        Teams.importHr(directory, Teams.supervisee(HR, "Hugo", "Reid", "OTHER_STAFF", LocalDate.of(2018, 5, 1)));
        Teams.logins(identity, "demo", LINE_MANAGER, SUPERVISOR, SUPERVISEE, HR);

        // stage 1: the supervisee raises the concern from their own page
        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn(SUPERVISEE, "demo");
            assertThat(heading(supervisee)).isEqualTo("My supervision");
            supervisee.driver().findElement(By.linkText("Raise a concern about supervision")).click();
            assertThat(heading(supervisee)).isEqualTo("Raise a concern about supervision");
            new Select(supervisee.driver().findElement(By.id("field-supervisionType")))
                    .selectByVisibleText("Management (1:1 with my line manager)");
            choose(supervisee, "How often supervision happens (quantity)");
            type(supervisee, "field-description", "Three sessions cancelled on the day since September");
            type(supervisee, "field-desiredOutcome", "Sessions that go ahead as booked");
            press(supervisee, "Send");
            assertDone(supervisee, "Done: Raise a concern about supervision");
        }
        ConflictCase raised = conflicts.findBySuperviseeIdOrderByRaisedAtAsc(SUPERVISEE).get(0);
        String instance = raised.getProcessInstanceId();

        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn(SUPERVISOR, "demo");
            openFromWaitingForMe(supervisor, "Supervisor responds to the concern");
            assertThat(heading(supervisor)).isEqualTo("Supervisor responds to the concern – " + SUPERVISEE_NAME);
            assertThat(supervisor.pageText()).contains("Assigned to you", "Ava Price", "Carl Dunne",
                    "Three sessions cancelled on the day since September", "Sessions that go ahead as booked",
                    "Raised on 23 November 2026", "Due 7 December 2026", "Supervision Management supervision",
                    "Concern How often supervision happens (quantity)");
            type(supervisor, "field-response", "Court work took over my diary this autumn");
            type(supervisor, "field-proposedResolution", "A fixed slot on the first Monday of each month");
            press(supervisor, "Complete task");
            assertDone(supervisor, "Done: Supervisor responds to the concern – " + SUPERVISEE_NAME);
        }

        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn(SUPERVISEE, "demo");
            openFromWaitingForMe(supervisee, "Supervisee says whether the concern is resolved");
            assertThat(heading(supervisee)).isEqualTo("Supervisee says whether the concern is resolved – " + SUPERVISEE_NAME);
            assertThat(caseSoFar(supervisee)).contains(
                    "Stage 1: with the supervisor, from 23 November 2026 (deadline 7 December 2026)",
                    "Carl Dunne: Court work took over my diary this autumn",
                    "Proposed or agreed: A fixed slot on the first Monday of each month");
            choose(supervisee, "No, it is not resolved");
            press(supervisee, "Complete task");
            assertThat(errors(supervisee)).as("a 'no' needs a statement, said by the field's label").singleElement()
                    .satisfies(error -> assertThat(error).startsWith("What is still unresolved (your statement)"));
            type(supervisee, "field-statement", "A first-Monday slot clashes with my duty week");
            press(supervisee, "Complete task");
            assertDone(supervisee, "Done: Supervisee says whether the concern is resolved – " + SUPERVISEE_NAME);
        }
        assertThat(conflicts.findById(raised.getId()).orElseThrow().getStage())
                .as("not resolved with the supervisor: the three-way stage").isEqualTo(ConflictCase.THREE_WAY_STAGE);

        // stage 2: the supervisor's line manager finds the meeting to book on their home
        try (Browser lineManager = new Browser(port)) {
            lineManager.logIn(LINE_MANAGER, "demo");
            assertThat(heading(lineManager)).isEqualTo("My supervisees");
            assertThat(waitingRows(lineManager)).contains(List.of("Line manager books three-way meeting",
                    SUPERVISEE_NAME, "14 December 2026", "Assigned to you"));
            lineManager.driver().findElement(By.linkText("My teams")).click();
            assertThat(heading(lineManager)).isEqualTo("My teams");
            assertThat(lineManager.driver().findElement(By.xpath(
                    "//tr[th[.//a[normalize-space(.)='" + SUPERVISEE_NAME + "']]]/td[4]")).getText())
                    .isEqualTo("Management supervision: three-way discussion with the line manager");

            lineManager.driver().findElement(By.linkText("My supervisees")).click();
            taskLink(lineManager, "Line manager books three-way meeting").click();
            assertThat(heading(lineManager)).isEqualTo("Line manager books three-way meeting – " + SUPERVISEE_NAME);
            assertThat(caseSoFar(lineManager)).contains("Court work took over my diary this autumn",
                    "ended 23 November 2026: not resolved",
                    "Ava Price (supervisee): not resolved – A first-Monday slot clashes with my duty week",
                    "Stage 2: three-way discussion with the line manager, from 23 November 2026 (deadline 14 December 2026)");
            Accessibility.assertAccessible(lineManager.driver(), "the three-way meeting booking");
            // a day already past, and a time the clock does not have
            typeDate(lineManager, "meetingDate", LocalDate.of(2026, 11, 20));
            type(lineManager, "field-meetingTime", "25:00");
            type(lineManager, "field-meetingPlace", "Room 2, Civic Centre");
            press(lineManager, "Complete task");
            assertThat(errors(lineManager)).as("the form's own check first").containsExactly(
                    "Start time (HH:MM) must be a time in the form HH:MM, for example 14:30");
            type(lineManager, "field-meetingTime", "14:00");
            press(lineManager, "Complete task");
            assertThat(errors(lineManager)).as("then the product's, by the field's label").containsExactly(
                    "Meeting date: 20 November 2026 is in the past: give a date from today (23 November 2026) to 23 November 2028");
            assertThat(lineManager.driver().findElement(By.id("field-meetingPlace")).getAttribute("value"))
                    .as("what was typed is kept").isEqualTo("Room 2, Civic Centre");
            assertThat(conflicts.findById(raised.getId()).orElseThrow().getStage()).isEqualTo(ConflictCase.THREE_WAY_STAGE);
            typeDate(lineManager, "meetingDate", LocalDate.of(2026, 11, 26));
            press(lineManager, "Complete task");
            assertDone(lineManager, "Done: Line manager books three-way meeting – " + SUPERVISEE_NAME);
        }

        process.today(LocalDate.of(2026, 11, 26), instance);
        try (Browser lineManager = new Browser(port)) {
            lineManager.logIn(LINE_MANAGER, "demo");
            lineManager.driver().findElement(By.linkText("Waiting for me")).click();
            taskLink(lineManager, "Line manager records three-way outcome").click();
            assertThat(heading(lineManager)).isEqualTo("Line manager records three-way outcome – " + SUPERVISEE_NAME);
            assertThat(caseSoFar(lineManager)).contains("Meeting booked for 26 November 2026 at 14:00, Room 2, Civic Centre");
            Accessibility.assertAccessible(lineManager.driver(), "the three-way meeting's outcome");
            typeDate(lineManager, "meetingHeldOn", LocalDate.of(2026, 11, 26));
            type(lineManager, "field-meetingSummary", "Both views heard; duty weeks make a fixed Monday hard");
            type(lineManager, "field-agreedActions", "Try a rotating slot for two months");
            press(lineManager, "Complete task");
            assertDone(lineManager, "Done: Line manager records three-way outcome – " + SUPERVISEE_NAME);
        }

        answerNotResolved(SUPERVISEE, "Supervisee says whether the concern is resolved", "The rotating slot was cancelled too");
        answerNotResolved(SUPERVISOR, "Supervisor says whether the concern is resolved", "We need HR's help to find a way");
        process.runDueJobs(instance);
        ConflictCase atHr = conflicts.findById(raised.getId()).orElseThrow();
        assertThat(atHr.getStage()).isEqualTo(ConflictCase.HR_STAGE);
        assertThat(atHr.getLineManagerId()).isEqualTo(LINE_MANAGER);

        // stage 3, three working days on: HR finds the case in their queue, reads its history and mediates
        process.today(LocalDate.of(2026, 12, 1), instance);
        try (Browser hr = new Browser(port)) {
            hr.logIn(HR, "demo");
            assertThat(heading(hr)).isEqualTo("Escalated conflicts");
            List<WebElement> row = hr.driver().findElements(By.xpath("//table[caption[contains(., 'Open cases at HR')]]"
                    + "/tbody/tr[td[2][normalize-space(.)='" + SUPERVISEE_NAME + "']]/td"));
            assertThat(row).extracting(WebElement::getText).containsExactly("Case " + raised.getId(), SUPERVISEE_NAME,
                    "Carl Dunne", "With HR", "6", "10 December 2026", "HR mediates and records the outcome");

            row.get(0).findElement(By.tagName("a")).click();
            assertThat(heading(hr)).isEqualTo("Case " + raised.getId());
            assertThat(hr.driver().findElement(By.cssSelector(".govuk-caption-l")).getText())
                    .isEqualTo(SUPERVISEE_NAME + " and Carl Dunne");
            assertThat(hr.pageText()).contains("Management supervision", "How often supervision happens (quantity)",
                    "23 November 2026 by Ava Price", "Three sessions cancelled on the day since September",
                    "Stage 1: with the supervisor", "Court work took over my diary this autumn",
                    "Ava Price (supervisee)", "A first-Monday slot clashes with my duty week",
                    "Stage 2: three-way discussion with the line manager", "Lena Marsh",
                    "26 November 2026 at 14:00, Room 2, Civic Centre",
                    "Both views heard; duty weeks make a fixed Monday hard", "Try a rotating slot for two months",
                    "The rotating slot was cancelled too", "Carl Dunne (supervisor)", "We need HR's help to find a way",
                    "Stage 3: with HR", "10 December 2026");
            assertThat(hr.pageText()).as("words, never codes").doesNotContain("NOT_RESOLVED", "QUANTITY", SUPERVISEE, SUPERVISOR);

            hr.driver().findElement(By.linkText("Waiting for me")).click();
            assertThat(waitingRows(hr)).contains(List.of("HR mediates and records the outcome", SUPERVISEE_NAME,
                    "10 December 2026", "Offered to you or your groups"));
            taskLink(hr, "HR mediates and records the outcome").click();
            assertThat(heading(hr)).isEqualTo("HR mediates and records the outcome – " + SUPERVISEE_NAME);
            assertThat(caseSoFar(hr)).contains("Both views heard; duty weeks make a fixed Monday hard",
                    "We need HR's help to find a way");
            assertThat(hr.pageText()).as("words and UK dates, never codes")
                    .doesNotContain("NOT_RESOLVED", "not_resolved", "Supervision management", "Concern quantity", "2026-", SUPERVISEE);
            Accessibility.assertAccessible(hr.driver(), "HR's mediation");
            type(hr, "field-mediationSteps", "Met both today; agreed Thursday slots outside duty weeks");
            choose(hr, "Resolved");
            type(hr, "field-outcomeNotes", "Thursday slots from January, reviewed at the March appraisal");
            press(hr, "Complete task");
            assertDone(hr, "Done: HR mediates and records the outcome – " + SUPERVISEE_NAME);

            hr.driver().findElement(By.linkText("Escalated conflicts")).click();
            assertThat(hr.driver().findElements(By.xpath("//table[caption[contains(., 'Closed cases')]]"
                    + "/tbody/tr[td[2][normalize-space(.)='" + SUPERVISEE_NAME + "']]/td")))
                    .extracting(WebElement::getText)
                    .containsExactly("Case " + raised.getId(), SUPERVISEE_NAME, "Carl Dunne", "Closed: resolved", "6",
                            "1 December 2026");
        }

        ConflictCase decided = conflicts.findById(raised.getId()).orElseThrow();
        assertThat(decided.isOpen()).isFalse();
        assertThat(decided.getStage()).isEqualTo(ConflictCase.HR_STAGE);
        assertThat(decided.getOutcome()).isEqualTo(ConflictOutcome.RESOLVED);
        assertThat(decided.getOutcomeNotes()).isEqualTo("Thursday slots from January, reviewed at the March appraisal");
        assertThat(decided.getClosedBy()).isEqualTo(HR);
    }

    private void answerNotResolved(String party, String step, String statement) throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn(party, "demo");
            browser.driver().findElement(By.linkText("Waiting for me")).click();
            taskLink(browser, step).click();
            assertThat(heading(browser)).isEqualTo(step + " – " + SUPERVISEE_NAME);
            assertThat(caseSoFar(browser)).contains("Both views heard; duty weeks make a fixed Monday hard",
                    "Try a rotating slot for two months");
            choose(browser, "No, it is not resolved");
            type(browser, "field-statement", statement);
            press(browser, "Complete task");
            assertDone(browser, "Done: " + step + " – " + SUPERVISEE_NAME);
        }
    }

    /** From the menu's "Waiting for me" to the task of this step about the supervisee. */
    private static void openFromWaitingForMe(Browser browser, String step) {
        browser.driver().findElement(By.linkText("Waiting for me")).click();
        assertThat(heading(browser)).isEqualTo("Waiting for me");
        taskLink(browser, step).click();
    }

    private static WebElement taskLink(Browser browser, String step) {
        return browser.driver().findElement(By.xpath("//table/tbody/tr[td[2][normalize-space(.)='" + SUPERVISEE_NAME
                + "']]/td[1]/a[normalize-space(.)='" + step + "']"));
    }

    /** Each row of the waiting-tasks table: the step, whom it is about, when it is due, why it is theirs. */
    private static List<List<String>> waitingRows(Browser browser) {
        return browser.driver().findElements(By.xpath("//table[thead//th[normalize-space(.)='Why it is yours']]/tbody/tr"))
                .stream().map(tr -> {
                    List<WebElement> cells = tr.findElements(By.tagName("td"));
                    return List.of(cells.get(0).findElement(By.tagName("a")).getText(), cells.get(1).getText(),
                            cells.get(2).getText().replace("Overdue", "").strip(), cells.get(3).getText());
                }).toList();
    }

    /** The error summary's messages, once the page shows it. */
    private static List<String> errors(Browser browser) {
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        return browser.driver().findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(WebElement::getText).toList();
    }

    /** The value next to "The case so far" on a task page. */
    private static String caseSoFar(Browser browser) {
        return browser.driver().findElement(By.xpath("//dt[normalize-space(.)='The case so far']/following-sibling::dd[1]"))
                .getText();
    }

    private static String heading(Browser browser) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    private static void choose(Browser browser, String label) {
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
    }

    private static void press(Browser browser, String button) {
        WebElement old = browser.driver().findElement(By.tagName("main"));
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='" + button + "']")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(old));
    }

}
