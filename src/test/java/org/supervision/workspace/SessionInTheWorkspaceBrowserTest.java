package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervision.workspace.WorkspaceForms.assertDone;
import static org.supervision.workspace.WorkspaceForms.type;
import static org.supervision.workspace.WorkspaceForms.typeDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.session.RecordStatus;
import org.supervision.session.SessionFollowUp;
import org.supervision.session.SessionFollowUpRepository;
import org.supervision.session.SessionRecord;
import org.supervision.session.SessionRecordRepository;
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
import org.supervision.support.WebClient;

/**
 * A supervision session done end to end in the workspace's own pages, each person opening
 * their task from Waiting for me: the supervisor books the session and records it on the
 * day, the supervisee disputes the record, the supervisor answers having read the record and
 * the statement and corrects it, the supervisee confirms the correction. And what a line
 * manager reads when a session's deadline has passed: the session's history.
 */
@BrowserTest
class SessionInTheWorkspaceBrowserTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessDriver process;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired SessionRecordRepository records;
    @Autowired SessionFollowUpRepository followUps;

    @Test
    void aSessionIsBookedRecordedDisputedCorrectedAndConfirmedInTheWorkspace() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, Teams.supervisor("wssboss", "Tessa", "Booker"),
                Teams.supervisee("wssnew", "Nadia", "Pearce", "SOCIAL_WORKER", LocalDate.of(2023, 4, 3)));
        Teams.logins(identity, "demo", "wssboss", "wssnew");
        String cycle = signAgreement("wssnew", "wssboss", LocalDate.of(2026, 11, 30));

        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("wssboss", "demo");
            openFromWaitingList(supervisor, "Supervisor books session", "Nadia Pearce");
            assertThat(supervisor.driver().findElement(By.id("context-heading")).getText()).isEqualTo("The session you are booking");
            assertThat(context(supervisor)).contains("Supervisee", "Nadia Pearce", "Management supervision",
                    "Due by", "30 November 2026", "Last session", "None held yet");
            typeDate(supervisor, "sessionDate", LocalDate.of(2026, 11, 30));
            type(supervisor, "field-sessionTime", "10:00");
            type(supervisor, "field-place", "Room 4, Civic Centre");
            completeTask(supervisor);
            assertDone(supervisor, "Done: Supervisor books session – Nadia Pearce");
        }

        // on the day
        process.today(LocalDate.of(2026, 11, 30), cycle);
        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("wssboss", "demo");
            openFromWaitingList(supervisor, "Supervisor records session or postponement", "Nadia Pearce");
            assertThat(context(supervisor)).contains("The session you are recording", "Booked for",
                    "30 November 2026 at 10:00, Room 4, Civic Centre", "Disputes about earlier records to discuss first", "None");

            // without the script (the page as the server sends it) every field is shown, each with its condition
            String page = WebClient.browser(port, "wssboss", "demo")
                    .get(java.net.URI.create(supervisor.driver().getCurrentUrl()).getPath()).body();
            assertThat(Pattern.compile("<div class=\"govuk-form-group\"\\s+data-hide-when-field=\"sessionOutcome\"\\s+"
                    + "data-hide-when-value=\"HELD\"\\s+data-hide-when=\"differs\">").matcher(page).results().count())
                    .as("the date the session was held and the record's eleven boxes").isEqualTo(12);
            assertThat(Pattern.compile("<div class=\"govuk-form-group\"\\s+data-hide-when-field=\"sessionOutcome\"\\s+"
                    + "data-hide-when-value=\"HELD\"\\s+data-hide-when=\"equal\">").matcher(page).results().count())
                    .as("who asked for the postponement, and why").isEqualTo(2);
            assertThat(page).doesNotContainPattern("<div class=\"govuk-form-group\"[^>]*\\shidden");

            // in the browser, only the fields the answer needs
            assertThat(supervisor.driver().findElement(By.id("field-supportive")).isDisplayed())
                    .as("the record's sections wait for the answer that the session was held").isFalse();
            chooseLabel(supervisor, "Postponed");
            assertThat(supervisor.driver().findElement(By.id("field-supportive")).isDisplayed()).isFalse();
            assertThat(supervisor.driver().findElement(By.id("field-heldOn-day")).isDisplayed()).isFalse();
            assertThat(groupOf(supervisor, "Who asked for it").isDisplayed()).isTrue();
            assertThat(supervisor.driver().findElement(By.id("field-postponementReason")).isDisplayed()).isTrue();

            // sent without who asked or why: the page comes back with the errors and the record's sections still hidden,
            // but there, so that changing the answer brings them back
            completeTask(supervisor);
            supervisor.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
            assertThat(supervisor.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .containsIgnoringCase("who asked for it").containsIgnoringCase("why")
                    .doesNotContainIgnoringCase("supportive");
            assertThat(supervisor.driver().findElement(By.id("field-supportive")).isDisplayed()).isFalse();
            assertThat(tasks.createTaskQuery().processInstanceId(cycle).taskDefinitionKey("recordSession").count())
                    .as("the task stays open").isEqualTo(1);
            chooseLabel(supervisor, "The session was held");
            assertThat(supervisor.driver().findElement(By.id("field-supportive")).isDisplayed()).isTrue();
            assertThat(groupOf(supervisor, "Who asked for it").getAttribute("hidden"))
                    .as("hidden for everyone, assistive technology included").isNotNull();
            assertThat(supervisor.driver().findElement(By.id("hint-postponementReason")).getAttribute("textContent"))
                    .as("the hint stays for browsers without the script")
                    .isEqualTo("Not needed if you answer “The session was held” to “What happened”.");
            Accessibility.assertAccessible(supervisor.driver(), "recording a session, its postponement's fields hidden");
            assertThat(supervisor.contentSecurityPolicyViolations()).isEmpty();

            typeDate(supervisor, "heldOn", LocalDate.of(2026, 11, 30));
            type(supervisor, "field-supportive", "Workload feels heavy since the merger");
            type(supervisor, "field-management", "Caseload of 14 reviewed");
            type(supervisor, "field-educational", "Reflected on the home visit");
            type(supervisor, "field-mediation", "Liaison with the school nurse agreed");
            type(supervisor, "field-decisions", "Transfer the Smith case to the duty team");
            type(supervisor, "field-agreementsReached", "Weekly check-in on Fridays");
            type(supervisor, "field-futureItems", "Court skills training");
            completeTask(supervisor);
            assertDone(supervisor, "Done: Supervisor records session or postponement – Nadia Pearce");
        }

        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("wssnew", "demo");
            openFromWaitingList(supervisee, "Supervisee confirms or disputes record", "Nadia Pearce");
            assertThat(context(supervisee)).contains("The record you are asked to confirm", "Session held on", "30 November 2026",
                    "Tessa Booker on 30 November 2026", "Transfer the Smith case to the duty team");
            assertThat(supervisee.driver().findElement(By.id("field-superviseeStatement")).isDisplayed()).isFalse();
            chooseLabel(supervisee, "No, I dispute it");
            type(supervisee, "field-superviseeStatement", "We agreed to keep the Smith case until the review");
            completeTask(supervisee);
            assertDone(supervisee, "Done: Supervisee confirms or disputes record – Nadia Pearce");
        }

        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("wssboss", "demo");
            openFromWaitingList(supervisor, "Supervisor answers dispute", "Nadia Pearce");
            assertThat(supervisor.driver().findElement(By.id("context-heading")).getText())
                    .isEqualTo("The record and the supervisee's dispute");
            assertThat(context(supervisor)).contains("Session held on", "30 November 2026", "Record version",
                    "Transfer the Smith case to the duty team", "Weekly check-in on Fridays",
                    "The supervisee's dispute", "Supervisee's statement", "We agreed to keep the Smith case until the review",
                    "Nadia Pearce, 30 November 2026 at 09:00")
                    .as("no earlier round yet").doesNotContain("Earlier dispute");
            assertThat(supervisor.driver().findElement(By.id("field-decisions")).isDisplayed())
                    .as("the corrected version's fields wait for the answer to correct").isFalse();
            Accessibility.assertAccessible(supervisor.driver(), "answering a dispute");
            scrollToTop(supervisor, By.xpath("//h3[normalize-space(.)=\"The supervisee's dispute\"]"));
            Screenshots.save(supervisor.driver(), "task-dispute-answer");

            type(supervisor, "field-supervisorStatement", "Nadia is right: we kept the case until the review");
            chooseLabel(supervisor, "Yes, write a corrected version");
            assertThat(supervisor.driver().findElement(By.id("field-decisions")).getAttribute("value"))
                    .as("the correction starts from the record").isEqualTo("Transfer the Smith case to the duty team");
            type(supervisor, "field-correctionReason", "The decision was written down wrongly");
            type(supervisor, "field-decisions", "Keep the Smith case until the review on 14 December");
            completeTask(supervisor);
            assertDone(supervisor, "Done: Supervisor answers dispute – Nadia Pearce");
        }

        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("wssnew", "demo");
            openFromWaitingList(supervisee, "Supervisee confirms or disputes record", "Nadia Pearce");
            assertThat(context(supervisee)).contains("Reason for the correction",
                    "The decision was written down wrongly", "Keep the Smith case until the review on 14 December",
                    "Earlier dispute: version 1", "We agreed to keep the Smith case until the review",
                    "Nadia is right: we kept the case until the review", "Tessa Booker, 30 November 2026 at 09:00")
                    .doesNotContain("Transfer the Smith case to the duty team");
            chooseLabel(supervisee, "Yes, I confirm it");
            completeTask(supervisee);
            assertDone(supervisee, "Done: Supervisee confirms or disputes record – Nadia Pearce");
        }

        long sessionId = sessions.findByStaffIdOrderByDueOnAscIdAsc("wssnew").get(0).getId();
        assertThat(records.findBySessionIdOrderByRecordVersionAsc(sessionId)).extracting(SessionRecord::getStatus)
                .containsExactly(RecordStatus.CORRECTED, RecordStatus.CONFIRMED);
        assertThat(records.latestOf(sessionId).orElseThrow()).satisfies(record -> {
            assertThat(record.getRecordVersion()).isEqualTo(2);
            assertThat(record.getSuperviseeConfirmedBy()).isEqualTo("wssnew");
            assertThat(record.content().decisions()).isEqualTo("Keep the Smith case until the review on 14 December");
            assertThat(record.getCorrectionReason()).isEqualTo("The decision was written down wrongly");
        });
    }

    @Test
    void aLineManagerFollowingUpAnUnconfirmedRecordReadsWhatHappenedWithTheSession() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, Teams.supervisor("wsfhead", "Hana", "Hargreaves"));
        Teams.importTeam(directory, "wsfhead", Teams.supervisor("wsfboss", "Farid", "Boateng"),
                Teams.supervisee("wsfnew", "Ola", "Fisher", "SOCIAL_WORKER", LocalDate.of(2022, 9, 5)));
        Teams.logins(identity, "demo", "wsfhead");
        String cycle = signAgreement("wsfnew", "wsfboss", LocalDate.of(2026, 11, 30));

        // booked, postponed on the day at the supervisee's request, re-booked and held the next day
        process.complete(cycle, "bookSession", "wsfboss", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        process.today(LocalDate.of(2026, 11, 30), cycle);
        process.complete(cycle, "recordSession", "wsfboss", Map.of("sessionOutcome", "POSTPONED",
                "postponedBy", "SUPERVISEE", "postponementReason", "Ola is giving evidence at court that morning"));
        process.complete(cycle, "rebookSession", "wsfboss",
                Map.of("sessionDate", "2026-12-01", "sessionTime", "14:00", "place", "Room 2"));
        process.today(LocalDate.of(2026, 12, 1), cycle);
        process.complete(cycle, "recordSession", "wsfboss", SessionTestSupport.held(LocalDate.of(2026, 12, 1), "the court case"));

        // the record not confirmed: the supervisor reminds, then the supervisor's line manager follows it up
        LocalDate reminded = dayOf(cycle, "remindSupervisee", LocalDate.of(2026, 12, 2));
        process.complete(cycle, "remindSupervisee", "wsfboss", Map.of("followUpNotes", "Reminded Ola at the team meeting"));
        dayOf(cycle, "escalateUnconfirmedRecord", reminded);

        try (Browser manager = new Browser(port)) {
            manager.logIn("wsfhead", "demo");
            openFromWaitingList(manager, "Line manager follows up unconfirmed record", "Ola Fisher");
            assertThat(manager.driver().findElement(By.id("context-heading")).getText()).isEqualTo("What happened with this session");
            assertThat(context(manager)).contains("Supervisee", "Ola Fisher", "Supervisor", "Farid Boateng",
                    "Management supervision", "Due by", "30 November 2026: not held by then",
                    "Postponed on 30 November 2026", "Booked for 30 November 2026 at 10:00.",
                    "Asked for by Ola Fisher (the supervisee): Ola is giving evidence at court that morning",
                    "Re-booked on 30 November 2026", "1 December 2026 at 14:00, Room 2",
                    "Held on", "1 December 2026 with Farid Boateng",
                    "Version 1, written by Farid Boateng on 1 December 2026: waiting for Ola Fisher to confirm or dispute it",
                    "Already done", "Reminded the supervisee to confirm the record", "Reminded Ola at the team meeting",
                    "Farid Boateng, " + UK.format(reminded) + " at 09:00")
                    .as("a follow-up needs the record's state, not its text").doesNotContain("Workload feels heavy");
            Accessibility.assertAccessible(manager.driver(), "a follow-up of a missed deadline");
            scrollToTop(manager, By.id("context-heading"));
            Screenshots.save(manager.driver(), "task-follow-up");

            type(manager, "field-followUpNotes", "Asked Ola to read and confirm the record this week");
            completeTask(manager);
            assertDone(manager, "Done: Line manager follows up unconfirmed record – Ola Fisher");
        }

        long sessionId = sessions.findByStaffIdOrderByDueOnAscIdAsc("wsfnew").get(0).getId();
        assertThat(followUps.findBySessionIdOrderByFollowedAtAsc(sessionId))
                .extracting(SessionFollowUp::getReason, SessionFollowUp::getFollowedBy, SessionFollowUp::getNotes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SessionFollowUp.Reason.RECORD_UNCONFIRMED_REMINDER, "wsfboss",
                                "Reminded Ola at the team meeting"),
                        org.assertj.core.groups.Tuple.tuple(SessionFollowUp.Reason.RECORD_UNCONFIRMED_ESCALATION, "wsfhead",
                                "Asked Ola to read and confirm the record this week"));
    }

    /** Negotiates and signs the agreement the import started; returns the management session cycle. */
    private String signAgreement(String superviseeId, String supervisorId, LocalDate firstSession) {
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(superviseeId).singleResult().getId();
        process.complete(agreement, "draftAgreement", supervisorId, AgreementForms.draft(28, firstSession, LocalDate.of(2026, 11, 23)));
        process.complete(agreement, "reviewAgreement", superviseeId, Map.of("superviseeAccepts", true));
        process.complete(agreement, "supervisorSigns", supervisorId, Map.of("signatureConfirmed", true));
        process.complete(agreement, "superviseeSigns", superviseeId, Map.of("signatureConfirmed", true));
        String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(superviseeId).variableValueEquals("supervisionType", "MANAGEMENT").singleResult().getId();
        process.runDueJobs(cycle);
        return cycle;
    }

    /** Moves the clock a day at a time from {@code from} until the task is there; the day it came. */
    private LocalDate dayOf(String cycle, String taskDefinitionKey, LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusDays(40)); day = day.plusDays(1)) {
            process.today(day, cycle);
            if (tasks.createTaskQuery().processInstanceId(cycle).taskDefinitionKey(taskDefinitionKey).count() == 1) {
                return day;
            }
        }
        throw new AssertionError(taskDefinitionKey + " never came");
    }

    /** As a person does: Waiting for me, then the task's link in the row of the person it is about. */
    private void openFromWaitingList(Browser browser, String step, String about) {
        browser.driver().get("http://localhost:" + port + "/tasks");
        browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + about + "']]//a[normalize-space(.)='" + step + "']"))
                .click();
        browser.waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals(step + " – " + about));
    }

    /** The guide's picture shows this part of the page. */
    private static void scrollToTop(Browser browser, By element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.driver().findElement(element));
    }

    private static String context(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".workspace-context")).getText();
    }

    private static WebElement groupOf(Browser browser, String legend) {
        return browser.driver().findElement(By.xpath("//legend[normalize-space(.)='" + legend
                + "']/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' govuk-form-group ')][1]"));
    }

    private static void chooseLabel(Browser browser, String label) {
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
    }

    private static void completeTask(Browser browser) {
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
    }

}
