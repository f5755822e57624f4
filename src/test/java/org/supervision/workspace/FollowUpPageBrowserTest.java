package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.appraisal.AppraisalReminder;
import org.supervision.appraisal.AppraisalReminderRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;

/**
 * A line manager following up a late work plan sees, above the form, which step is late, who
 * holds it, when it was due and what has been done about it so far, in words and UK dates;
 * and what they note is kept as the follow-up.
 */
@BrowserTest
class FollowUpPageBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired ProcessDriver process;
    @Autowired AppraisalReminderRepository reminders;

    @Test
    void aLateWorkPlansFollowUpShowsItsHistory() throws Exception {
        Fixtures.today(LocalDate.of(2026, 7, 1));
        Teams.importTeam(directory, Teams.supervisor("fupboss", "Fran", "Upton"),
                Teams.supervisee("fupwork", "Wes", "Worth", "EXPERIENCED_SOCIAL_WORKER", LocalDate.of(2019, 3, 4)));
        Teams.logins(identity, "demo", "rkhan");
        String plan = runtime.createProcessInstanceQuery().processDefinitionKey("work-plan")
                .processInstanceBusinessKey("fupwork").singleResult().getId();
        process.runDueJobs(plan); // the plan opens at once, as the job executor would open it
        // due a month from today: a reminder to the supervisor two weeks before, the line manager the day after
        process.today(LocalDate.of(2026, 7, 19), plan);
        process.today(LocalDate.of(2026, 8, 2), plan);
        String followUp = process.task(plan, "followUpLateWorkPlan").getId();

        try (Browser manager = new Browser(port)) {
            manager.logIn("rkhan", "demo");
            manager.driver().get("http://localhost:" + port + "/tasks/" + followUp);
            assertThat(manager.driver().findElement(By.tagName("h1")).getText())
                    .isEqualTo("Line manager follows up late work plan – Wes Worth");
            assertThat(manager.driver().findElement(By.id("context-heading")).getText()).isEqualTo("What has happened so far");
            assertThat(manager.driver().findElement(By.cssSelector(".workspace-context")).getText()).contains(
                    "Supervisor agrees work plan – Wes Worth", "Waiting for", "Fran Upton", "It was due by", "1 August 2026",
                    "Sent to Fran Upton on 19 July 2026", "To Ruth Khan on 2 August 2026");
            Accessibility.assertAccessible(manager.driver(), "a follow-up task with its history");

            manager.driver().findElement(By.id("field-followUpNotes")).sendKeys("Spoke to Fran: the plan is agreed on Friday");
            manager.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            manager.waiting().until(d -> d.getCurrentUrl().endsWith("/tasks"));
            assertThat(manager.driver().findElement(By.cssSelector(".govuk-notification-banner")).getText())
                    .contains("Done: Line manager follows up late work plan – Wes Worth");
        }
        assertThat(reminders.findAll()).filteredOn(event -> event.getKind() == AppraisalReminder.Kind.ESCALATION
                        && "fupwork".equals(event.getStaffId()))
                .singleElement().satisfies(escalation -> {
                    assertThat(escalation.getNotedBy()).isEqualTo("rkhan");
                    assertThat(escalation.getNotes()).isEqualTo("Spoke to Fran: the plan is agreed on Friday");
                });
    }
}
