package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.audit.RecordAccessRepository;
import org.supervision.observation.DirectObservation;
import org.supervision.observation.DirectObservationRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.AgreementForms;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;

/**
 * A direct observation's tasks in the workspace: the worker reads what the observer recorded
 * above the reflection they are asked for (a logged read of a record), and a line manager
 * following up an observation nobody booked sees which one it is and by when it was due.
 */
@BrowserTest
class ObservationPagesBrowserTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 12, 7);

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired ProcessDriver process;
    @Autowired DirectObservationRepository observations;
    @Autowired RecordAccessRepository accessLog;

    @Test
    void theWorkerReflectsHavingReadTheObservationAndTheLineManagerSeesWhichOneWasNotBooked() throws Exception {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("wobboss", "Orla", "Bennett"),
                Teams.supervisee("wobwork", "Wyn", "Obi", "ASYE", SIGNED));
        Teams.logins(identity, "demo", "wobwork", "rkhan", "wobboss");
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("wobwork").singleResult().getId();
        process.complete(agreement, "draftAgreement", "wobboss", AgreementForms.draft(7, SIGNED.plusDays(7), SIGNED));
        process.complete(agreement, "reviewAgreement", "wobwork", Map.of("superviseeAccepts", true));
        process.complete(agreement, "supervisorSigns", "wobboss", Map.of("signatureConfirmed", true));
        process.complete(agreement, "superviseeSigns", "wobwork", Map.of("signatureConfirmed", true));
        var planned = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("wobwork");
        String first = planned.get(0).getProcessInstanceId();
        String second = planned.get(1).getProcessInstanceId();

        process.complete(first, "bookObservation", "wobboss", Map.of("observationDate", "2027-01-12",
                "observationTime", "10:00", "place", "Home visit, Elm Road"));
        Fixtures.today(LocalDate.of(2027, 1, 12));
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 12).atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
        process.complete(first, "recordObservation", "wobboss", Map.of("heldOn", "2027-01-12",
                "whatWasObserved", "Home visit to a family of four", "strengths", "Warm and clear with the children",
                "areasToDevelop", "Recording the voice of the child"));
        String reflection = process.task(first, "addReflection").getId();
        long readsBefore = accessLog.count();

        try (Browser worker = new Browser(port)) {
            worker.logIn("wobwork", "demo");
            worker.driver().get("http://localhost:" + port + "/tasks/" + reflection);
            assertThat(worker.driver().findElement(By.id("context-heading")).getText())
                    .isEqualTo("The observation you are reflecting on");
            assertThat(worker.driver().findElement(By.cssSelector(".workspace-context")).getText()).contains(
                    "1 of 4 in the year from 7 December 2026", "Orla Bennett", "12 January 2027",
                    "Home visit to a family of four", "Warm and clear with the children", "Recording the voice of the child");
            Accessibility.assertAccessible(worker.driver(), "reflecting on an observation");
            worker.driver().findElement(By.id("field-reflection")).sendKeys("I will ask the children directly next time");
            worker.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            worker.waiting().until(d -> d.getCurrentUrl().endsWith("/tasks"));
            assertThat(worker.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("Done: Worker adds reflection – Wyn Obi");
        }
        assertThat(accessLog.count()).as("the worker's read of the record is logged").isGreaterThan(readsBefore);
        DirectObservation done = observations.findById(planned.get(0).getId()).orElseThrow();
        assertThat(done.getReflection()).isEqualTo("I will ask the children directly next time");

        // the second quarter's observation, never booked: its follow-up says which one it is
        process.today(LocalDate.of(2027, 3, 7), second);
        process.today(LocalDate.of(2027, 6, 7), second);
        String followUp = process.task(second, "followUpBooking").getId();
        try (Browser manager = new Browser(port)) {
            manager.logIn("rkhan", "demo");
            manager.driver().get("http://localhost:" + port + "/tasks/" + followUp);
            assertThat(manager.driver().findElement(By.id("context-heading")).getText()).isEqualTo("Which observation this is");
            assertThat(manager.driver().findElement(By.cssSelector(".workspace-context")).getText()).contains(
                    "Wyn Obi", "Orla Bennett", "2 of 4 in the year from 7 December 2026", "6 June 2027", "Not yet")
                    .doesNotContain("Home visit to a family of four");
            Accessibility.assertAccessible(manager.driver(), "following up an observation not booked");
        }

        // the supervisor's view of the worker and the worker's own page list the year's observations, dates only
        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("wobboss", "demo");
            supervisor.driver().get("http://localhost:" + port + "/supervisees/wobwork");
            assertThat(supervisor.driver().findElement(By.id("observations-count")).getText()).isEqualTo("0 of 4 done this year");
            String table = supervisor.driver().findElement(By.id("observations-table")).getText();
            assertThat(table).contains("Observation 1 of 4", "6 March 2027",
                    "Observed on 12 January 2027; feedback to discuss at the next supervision session",
                    "Observation 2 of 4", "6 June 2027", "Overdue", "Not booked by its planned date",
                    "Observation 3 of 4", "6 September 2027", "Planned, not booked yet")
                    .doesNotContain("Home visit", "Warm and clear", "ask the children");
            Accessibility.assertAccessible(supervisor.driver(), "the supervisee page with observations");

            // recording the worker's next session: the observation's feedback is on the agenda
            String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                    .processInstanceBusinessKey("wobwork").variableValueEquals("supervisionType", "MANAGEMENT")
                    .singleResult().getId();
            process.complete(cycle, "bookSession", "wobboss", Map.of("sessionDate", "2027-06-08", "sessionTime", "10:00",
                    "place", "Room 4"));
            process.today(LocalDate.of(2027, 6, 8), cycle);
            String recording = process.task(cycle, "recordSession").getId();
            supervisor.driver().get("http://localhost:" + port + "/tasks/" + recording);
            assertThat(supervisor.driver().findElement(By.cssSelector(".workspace-context")).getText()).contains(
                    "To discuss: the feedback of direct observation 1 of 4 in the year from 7 December 2026, held on"
                            + " 12 January 2027", "Recording the voice of the child", "I will ask the children directly next time");
        }
        try (Browser worker = new Browser(port)) {
            worker.logIn("wobwork", "demo");
            worker.driver().get("http://localhost:" + port + "/my-supervision");
            assertThat(worker.driver().findElement(By.id("observations-count")).getText()).isEqualTo("0 of 4 done this year");
            assertThat(worker.driver().findElement(By.id("observations-table")).getText())
                    .contains("Observation 1 of 4", "Orla Bennett").doesNotContain("Home visit");
        }
    }
}
