package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Screenshots;
import org.supervision.support.Teams;
import org.supervision.staff.StaffDirectoryImport;

/** Signing in and out of the workspace, and its frame, in a real browser. */
@BrowserTest
class WorkspaceFrameBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired ProcessDriver process;
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
    void aWrongPasswordIsExplainedInPlainWordsAtTheTopOfTheLoginPage() throws Exception {
        browser.driver().get("http://localhost:" + port + "/login");
        Accessibility.assertAccessible(browser.driver(), "the login page");
        Screenshots.save(browser.driver(), "login");
        browser.driver().findElement(By.id("username")).sendKeys("pjones");
        browser.driver().findElement(By.id("password")).sendKeys("not-his-password");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login?error"));
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("There is a problem", "The user name or password is not right");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        Accessibility.assertAccessible(browser.driver(), "the login page with its error");
    }

    @Test
    void aPersonSignsInSeesTheirNameAndHomesAndSignsOut() {
        browser.logIn("hbaker", "demo");
        browser.driver().get("http://localhost:" + port + "/tasks");

        assertThat(browser.driver().findElement(By.cssSelector(".workspace-header__person")).getText())
                .contains("Signed in as Helen Baker");
        assertThat(browser.driver().findElements(By.cssSelector(".govuk-service-navigation__link")))
                .extracting(link -> link.getText())
                .contains("Waiting for me", "Escalated conflicts", "My supervision");
        assertThat(browser.pageText()).doesNotContain("GOV.UK");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login?logout"));
        assertThat(browser.pageText()).contains("You have signed out.");
        browser.driver().get("http://localhost:" + port + "/tasks");
        assertThat(browser.driver().getCurrentUrl()).as("signed out means signed out").endsWith("/login");
    }

    @Test
    void waitingForMeListsEveryTaskWithWhomItConcernsOverdueFirst() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, Teams.supervisor("wfmboss", "Winston", "Boss"),
                Teams.supervisee("wfmnew", "Wendy", "Newstart", "SOCIAL_WORKER", LocalDate.of(2024, 2, 5)));
        Teams.logins(identity, "demo", "wfmboss");
        process.task(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("wfmnew").singleResult().getId(), "draftAgreement");
        browser.logIn("wfmboss", "demo");
        browser.driver().get("http://localhost:" + port + "/tasks");

        assertThat(browser.pageText()).contains("Waiting for me");
        assertThat(browser.driver().findElements(By.xpath("//tbody/tr[td[2][normalize-space(.)='Wendy Newstart']]/td[1]//a")))
                .extracting(link -> link.getText()).as("the new starter's agreement, named for whom it is")
                .containsExactly("Supervisor drafts agreement"); // the person is in the next column
        assertThat(browser.driver().findElements(By.xpath("//tbody/tr/td[2]")))
                .as("every task says whom it concerns").allSatisfy(cell -> assertThat(cell.getText()).isNotBlank());
        Accessibility.assertAccessible(browser.driver(), "Waiting for me");
        Screenshots.save(browser.driver(), "waiting-for-me");
    }
}
