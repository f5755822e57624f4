package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervision.workspace.WorkspaceForms.assertDone;
import static org.supervision.workspace.WorkspaceForms.type;
import static org.supervision.workspace.WorkspaceForms.typeDate;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.agreement.AgreementStatus;
import org.supervision.agreement.SupervisionAgreement;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.conflict.ConflictCase;
import org.supervision.conflict.ConflictCaseRepository;
import org.supervision.session.RecordStatus;
import org.supervision.session.SessionRecordRepository;
import org.supervision.session.SessionTestSupport;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Screenshots;
import org.supervision.support.Teams;

/**
 * Tasks done in the workspace's own pages, in a real browser: the supervisor drafts an
 * agreement (and is told plainly what is missing), the supervisee accepts it, both sign it
 * having read it, one of them with the keyboard alone; the supervisee confirms the first
 * session's record having read it; a supervisee raises a concern.
 */
@BrowserTest
@AlsoOnPostgres // the workspace's main flow once on the production database too
class WorkspaceTaskBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessDriver process;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired ConflictCaseRepository conflicts;
    @Autowired SessionRecordRepository records;

    @Test
    void anAgreementIsDraftedAcceptedAndSignedInTheWorkspace() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, Teams.supervisor("wtkboss", "Tara", "Boss"),
                Teams.supervisee("wtknew", "Nina", "Newton", "SOCIAL_WORKER", LocalDate.of(2024, 2, 5)));
        Teams.logins(identity, "demo", "wtkboss", "wtknew");
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("wtknew").singleResult().getId();
        String draft = process.task(instance, "draftAgreement").getId();

        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("wtkboss", "demo");
            open(supervisor, draft);
            assertThat(supervisor.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Supervisor drafts agreement – Nina Newton");
            assertThat(supervisor.pageText()).contains("Assigned to you", "Policy: longest gap between 1:1 sessions (days)",
                    "Equality, diversity and power discussed on", "Day", "Month", "Year")
                    .as("sections for supervision the directory does not list are left out")
                    .doesNotContain("Professional supervision every (days)");
            Accessibility.assertAccessible(supervisor.driver(), "a task page");
            Screenshots.save(supervisor.driver(), "task-page");

            // the ground rules forgotten, and a day November does not have
            type(supervisor, "field-durationMinutes", "90");
            type(supervisor, "field-recordingArrangements", "I record; you confirm within 10 working days");
            type(supervisor, "field-conflictHandling", "Raise it with me first, then the three-way route");
            type(supervisor, "field-therapyDistinction", "Personal support through the EAP");
            typeDate(supervisor, "equalityDiscussedOn", LocalDate.of(2026, 11, 23));
            type(supervisor, "field-firstSessionOn-day", "31");
            type(supervisor, "field-firstSessionOn-month", "11");
            type(supervisor, "field-firstSessionOn-year", "2026");
            supervisor.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();

            supervisor.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
            assertThat(supervisor.driver().getTitle()).startsWith("Error:");
            assertThat(supervisor.driver().findElements(By.cssSelector(".govuk-error-summary__list a")))
                    .extracting(WebElement::getText).containsExactly(
                            "Enter ground rules (confidentiality, preparation, punctuality, interruptions)",
                            "First session booked for must be a real date");
            assertThat(supervisor.driver().findElement(By.id("error-firstSessionOn")).getText())
                    .contains("First session booked for must be a real date");
            assertThat(supervisor.driver().findElement(By.id("field-durationMinutes")).getAttribute("value"))
                    .as("what was typed is kept").isEqualTo("90");
            assertThat(supervisor.driver().findElement(By.id("field-firstSessionOn-day")).getAttribute("value")).isEqualTo("31");
            assertThat(tasks.createTaskQuery().taskId(draft).count()).as("the task stays open").isEqualTo(1);
            assertThat(agreements.findByStaffIdOrderByIdAsc("wtknew")).singleElement()
                    .satisfies(agreement -> assertThat(agreement.getGroundRules()).as("nothing stored").isNull());
            Accessibility.assertAccessible(supervisor.driver(), "a task page with errors");
            Screenshots.save(supervisor.driver(), "task-error");

            type(supervisor, "field-groundRules", "Phones off; start on time");
            type(supervisor, "field-firstSessionOn-day", "30");
            supervisor.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            assertDone(supervisor, "Done: Supervisor drafts agreement – Nina Newton");

            // the same address once the task is done says who did it, in words
            open(supervisor, draft);
            assertThat(supervisor.driver().findElement(By.tagName("h1")).getText()).isEqualTo("This task has already been done");
            assertThat(supervisor.pageText()).contains("Tara Boss completed this task on 23 November 2026")
                    .doesNotContain("ENGINE-", "Exception");
        }

        String review = process.task(instance, "reviewAgreement").getId();
        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("wtknew", "demo");
            open(supervisee, review);
            assertThat(supervisee.pageText()).contains("Ground rules", "Phones off; start on time", "90");
            supervisee.driver().findElement(By.cssSelector("label[for=field-superviseeAccepts]")).click();
            supervisee.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            assertDone(supervisee, "Done: Supervisee reviews agreement – Nina Newton");
        }

        String supervisorSigns = process.task(instance, "supervisorSigns").getId();
        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("wtkboss", "demo");
            open(supervisor, supervisorSigns);
            assertThat(supervisor.driver().findElement(By.id("context-heading")).getText()).isEqualTo("The agreement you are signing");
            assertThat(supervisor.driver().findElement(By.cssSelector(".workspace-context")).getText())
                    .contains("Ground rules", "Phones off; start on time", "Every 28 days", "90 minutes",
                            "First session booked for", "30 November 2026");
            supervisor.driver().findElement(By.cssSelector("label[for=field-signatureConfirmed]")).click();
            supervisor.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            assertDone(supervisor, "Done: Supervisor signs agreement – Nina Newton");
        }

        String superviseeSigns = process.task(instance, "superviseeSigns").getId();
        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("wtknew", "demo");
            open(supervisee, superviseeSigns);
            assertThat(supervisee.driver().findElement(By.cssSelector(".workspace-context")).getText())
                    .contains("Phones off; start on time", "Signed by the supervisor", "Tara Boss");
            // with the keyboard alone: Tab to the box, Space to tick it, Tab to the button, Enter
            tabTo(supervisee.driver(), "field-signatureConfirmed");
            new Actions(supervisee.driver()).sendKeys(Keys.SPACE).perform();
            assertThat(supervisee.driver().findElement(By.id("field-signatureConfirmed")).isSelected()).isTrue();
            tabTo(supervisee.driver(), null);
            new Actions(supervisee.driver()).sendKeys(Keys.ENTER).perform();
            assertDone(supervisee, "Done: Supervisee signs agreement – Nina Newton");
        }

        process.runDueJobs(instance);
        SupervisionAgreement signed = agreements.findByStaffIdAndStatus("wtknew", AgreementStatus.SIGNED).orElseThrow();
        assertThat(signed.getSupervisorSignedBy()).isEqualTo("wtkboss");
        assertThat(signed.getSuperviseeSignedBy()).isEqualTo("wtknew");
        assertThat(signed.getGroundRules()).isEqualTo("Phones off; start on time");
        assertThat(signed.getFirstSessionOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(signed.getDurationMinutes()).isEqualTo(90);

        // the first session, booked and recorded by the supervisor, is confirmed in the workspace having read the record
        String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("wtknew").variableValueEquals("supervisionType", "MANAGEMENT").singleResult().getId();
        process.complete(cycle, "bookSession", "wtkboss", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        process.today(LocalDate.of(2026, 11, 30), cycle);
        process.complete(cycle, "recordSession", "wtkboss", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the merger"));
        String confirm = process.task(cycle, "reviewRecord").getId();
        long sessionId = ((Number) tasks.getVariable(confirm, "sessionId")).longValue();
        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("wtknew", "demo");
            open(supervisee, confirm);
            assertThat(supervisee.driver().findElement(By.id("context-heading")).getText())
                    .isEqualTo("The record you are asked to confirm");
            assertThat(supervisee.driver().findElement(By.cssSelector(".workspace-context")).getText())
                    .contains("Recorded by", "Tara Boss on 30 November 2026", "Workload feels heavy since the merger",
                            "Transfer the Smith case to the duty team");
            // the statement is asked for only once the supervisee says the record is not accurate
            assertThat(supervisee.driver().findElement(By.id("field-superviseeStatement")).isDisplayed()).isFalse();
            supervisee.driver().findElement(By.xpath("//label[normalize-space(.)='No, I dispute it']")).click();
            assertThat(supervisee.driver().findElement(By.id("hint-superviseeStatement")).getText())
                    .isEqualTo("Only needed if you answer “No, I dispute it” to “Is the record accurate?”.");
            supervisee.driver().findElement(By.xpath("//label[normalize-space(.)='Yes, I confirm it']")).click();
            assertThat(supervisee.driver().findElement(By.id("field-superviseeStatement")).isDisplayed()).isFalse();
            supervisee.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            assertDone(supervisee, "Done: Supervisee confirms or disputes record – Nina Newton");
        }
        assertThat(records.latestOf(sessionId).orElseThrow()).satisfies(record -> {
            assertThat(record.getStatus()).isEqualTo(RecordStatus.CONFIRMED);
            assertThat(record.getSuperviseeConfirmedBy()).isEqualTo("wtknew");
        });
    }

    @Test
    void aSuperviseeRaisesAConcernFromTheStartForm() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, Teams.supervisor("wtcboss", "Colin", "Boss"),
                Teams.supervisee("wtcnew", "Cara", "Newell", "SOCIAL_WORKER", LocalDate.of(2024, 2, 5)));
        Teams.logins(identity, "demo", "wtcboss", "wtcnew");
        String othersTask = process.task(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("wtcnew").singleResult().getId(), "draftAgreement").getId();

        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("wtcnew", "demo");
            open(supervisee, othersTask);
            assertThat(supervisee.driver().findElement(By.tagName("h1")).getText()).isEqualTo("This task is not yours");
            Accessibility.assertAccessible(supervisee.driver(), "the page of a task that is someone else's");

            supervisee.driver().get("http://localhost:" + port + "/tasks");
            supervisee.driver().findElement(By.linkText("Raise a concern about supervision")).click();
            assertThat(supervisee.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Raise a concern about supervision");
            // the engine's own check: Cara has no peer supervisor to raise a concern about
            new org.openqa.selenium.support.ui.Select(supervisee.driver().findElement(By.id("field-supervisionType")))
                    .selectByVisibleText("Peer");
            supervisee.driver().findElement(By.cssSelector("label[for=field-concern-2]")).click();
            type(supervisee, "field-description", "Sessions keep being cut short");
            supervisee.driver().findElement(By.xpath("//button[normalize-space(.)='Send']")).click();
            supervisee.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
            assertThat(supervisee.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Which supervision is it about? The directory names no current peer supervisor for wtcnew")
                    .doesNotContain("ENGINE-", "Exception", "TaskInput");
            assertThat(supervisee.driver().findElement(By.id("field-description")).getAttribute("value"))
                    .isEqualTo("Sessions keep being cut short");
            assertThat(conflicts.findBySuperviseeIdOrderByRaisedAtAsc("wtcnew")).isEmpty();

            new org.openqa.selenium.support.ui.Select(supervisee.driver().findElement(By.id("field-supervisionType")))
                    .selectByVisibleText("Management (1:1 with my line manager)");
            supervisee.driver().findElement(By.xpath("//button[normalize-space(.)='Send']")).click();
            assertDone(supervisee, "Done: Raise a concern about supervision");
        }

        assertThat(conflicts.findBySuperviseeIdOrderByRaisedAtAsc("wtcnew")).singleElement().satisfies(raised -> {
            assertThat(raised.getRaisedBy()).isEqualTo("wtcnew");
            assertThat(raised.getSupervisorId()).isEqualTo("wtcboss");
            assertThat(raised.getDescription()).isEqualTo("Sessions keep being cut short");
            assertThat(raised.getSource()).isEqualTo(ConflictCase.Source.RAISED);
        });

        // the supervisor's answer, given in another tab while the workspace's form is open
        String concern = runtime.createProcessInstanceQuery().processDefinitionKey("conflict-escalation")
                .variableValueEquals("raisedBy", "wtcnew").singleResult().getId();
        String respond = process.task(concern, "supervisorResponds").getId();
        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("wtcboss", "demo");
            open(supervisor, respond);
            assertThat(supervisor.pageText()).contains("Supervisor responds to the concern", "Cara Newell",
                    "Sessions keep being cut short");
            type(supervisor, "field-response", "I will protect the time");
            type(supervisor, "field-proposedResolution", "A fixed slot on Tuesdays");
            process.complete(concern, "supervisorResponds", "wtcboss",
                    Map.of("response", "Answered in the other tab", "proposedResolution", "A fixed slot"));
            supervisor.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            supervisor.waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("This task has already been done"));
            assertThat(supervisor.pageText()).contains("Colin Boss completed this task on 23 November 2026",
                    "What you entered has not been saved.").doesNotContain("ENGINE-", "Exception");
        }
    }

    private void open(Browser browser, String taskId) {
        browser.driver().get("http://localhost:" + port + "/tasks/" + taskId);
    }

    /** Presses Tab until the element with this id (or, with null, the form's submit button) has the focus. */
    private static void tabTo(WebDriver driver, String id) {
        for (int presses = 0; presses < 80; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (id == null ? "submit".equals(focused.getAttribute("type")) && "button".equals(focused.getTagName())
                    && focused.getText().equals("Complete task") : id.equals(focused.getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + (id == null ? "the Complete task button" : id));
    }
}
