package org.supervision.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;

/** A senior manager hands an away supervisor's task on in the browser, from My teams, with the keyboard's usual form. */
@BrowserTest
class HandoverBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessDriver process;

    @Test
    void aSeniorManagerHandsAnAwaySupervisorsDraftToAnotherSupervisor() throws Exception {
        Fixtures.today(LocalDate.of(2026, 12, 7));
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + "hbboss,Hedda,Boss,hbboss@example.org,MANAGER,2015-01-05,37,rkhan,,\n"
                + "hbaway,Abel,Away,hbaway@example.org,MANAGER,2015-01-05,37,hbboss,,\n"
                + "hbcover,Cora,Cover,hbcover@example.org,MANAGER,2015-01-05,37,hbboss,,\n"
                + "hbsw,Sol,Worker,hbsw@example.org,SOCIAL_WORKER,2024-01-08,37,hbaway,,\n"
                + "hbsw2,Tia,Worker,hbsw2@example.org,SOCIAL_WORKER,2024-01-08,37,hbcover,,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "hbsw,hbaway,MANAGEMENT,2024-01-08,\n" + "hbsw2,hbcover,MANAGEMENT,2024-01-08,\n"));
        Teams.logins(identity, "demo", "hbboss");
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("hbsw").singleResult().getId();
        Task draft = process.task(instance, "draftAgreement");

        try (Browser hedda = new Browser(port)) {
            hedda.logIn("hbboss", "demo");
            hedda.driver().get("http://localhost:" + port + "/teams");
            hedda.driver().findElement(By.linkText("Your supervisors' tasks")).click();
            assertThat(hedda.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Your supervisors' tasks");
            assertThat(hedda.pageText()).contains("Supervisor drafts agreement – Sol Worker", "Abel Away");
            Accessibility.assertAccessible(hedda.driver(), "a senior manager's supervisors' tasks");

            hedda.driver().findElement(By.xpath("//a[starts-with(normalize-space(.), 'Hand on') and contains(@href, '"
                    + draft.getId() + "')]")).click();
            hedda.driver().findElement(By.xpath("//button[normalize-space(.)='Hand over']")).click();
            hedda.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
            assertThat(hedda.driver().getTitle()).startsWith("Error:");
            assertThat(hedda.driver().findElements(By.cssSelector(".govuk-error-summary__list a")))
                    .extracting(WebElement::getText).containsExactly("Hand this task to: choose a supervisor",
                            "Reason: say why you are handing this task on");
            Accessibility.assertAccessible(hedda.driver(), "the hand-over form with errors");

            new Select(hedda.driver().findElement(By.id("to"))).selectByVisibleText("Cora Cover");
            hedda.driver().findElement(By.id("reason")).sendKeys("Abel is on sick leave until January");
            hedda.driver().findElement(By.xpath("//button[normalize-space(.)='Hand over']")).click();
            hedda.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-notification-banner--success")).isEmpty());
            assertThat(hedda.pageText()).contains("is now Cora Cover's; Abel Away no longer has it");
            assertThat(hedda.contentSecurityPolicyViolations()).isEmpty();
        }
        assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isEqualTo("hbcover");
    }
}
