package org.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.staff.StaffDirectoryImport;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;

/**
 * A line manager follows the figures down from their area to a team and a person in Chromium,
 * with the keyboard's links only, and each page passes axe-core's WCAG 2.2 AA checks.
 */
@BrowserTest
class ComplianceBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbcTemplate;
    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        Fixtures.today(ComplianceScenario.TODAY);
        new ComplianceScenario(directory, identity, jdbcTemplate).organise();
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aLineManagerDrillsDownFromTheirAreaToATeamAndAPerson() {
        browser.logIn("cmpmgr", "demo");
        browser.driver().findElement(By.linkText("Supervision compliance")).click();

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Supervision compliance");
        assertThat(browser.pageText()).contains("Everyone below Mia Manager in line management",
                "Figures for the last 12 months", "Bea Bright and everyone below them");
        // Amy's and Max's on time, Amy's late, Leo's and Ben's not completed; Max's plan review late, Ben's not held
        assertThat(browser.driver().findElement(By.id("appraisals")).getText())
                .isEqualTo("2 of 5 due (40%); 1 completed late, 2 not completed");
        assertThat(browser.driver().findElement(By.id("learning-reviews")).getText())
                .isEqualTo("2 of 4 annual reviews due (50%); 1 held late, 1 not held");
        Accessibility.assertAccessible(browser.driver(), "Supervision compliance, an area");

        browser.driver().findElement(By.linkText("the last 3 months")).click();
        assertThat(browser.driver().findElement(By.id("on-time")).getText()).isEqualTo("5 (50%)");

        browser.driver().findElement(By.linkText("Supervised by Bea Bright")).click();
        assertThat(browser.pageText()).contains("People in this team", "Max Moore", "Ben Brown");
        Accessibility.assertAccessible(browser.driver(), "Supervision compliance, a team");

        browser.driver().findElement(By.linkText("Ben Brown")).click();
        assertThat(browser.driver().findElement(By.id("on-time")).getText()).isEqualTo("0 (0%)");
        assertThat(browser.pageText()).contains("1 at the supervisor's request, 0 at the supervisee's request");
        Accessibility.assertAccessible(browser.driver(), "Supervision compliance, a person");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
