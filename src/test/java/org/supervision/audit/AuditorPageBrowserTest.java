package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.Joiners;
import org.supervision.support.Screenshots;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo auditor traces a supervisee in a real browser, in the workspace: lands on the
 * search, reads the trail grouped by process in plain words, filters and exports it, sees the
 * path an agreement took on its diagram and verifies the audit log; someone else is refused.
 */
@BrowserTest
class AuditorPageBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theAuditorFindsASuperviseeReadsTheTrailSeesThePathOnTheDiagramAndExportsTheTrail() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new Joiners(directory, engine).joinAndSign("audweb", "tnguyen");

        try (Browser auditor = new Browser(port)) {
            auditor.logIn("alee", "demo");
            WebDriver driver = auditor.driver();
            assertThat(driver.getCurrentUrl()).as("the auditor lands on the trail search").endsWith("/audit-trail");
            driver.get("http://localhost:" + port + "/audit/index.html");
            assertThat(driver.getCurrentUrl()).as("the old page's address leads there too").endsWith("/audit-trail");

            driver.findElement(By.id("q")).sendKeys("audweb");
            driver.findElement(By.xpath("//button[normalize-space(.)='Search']")).click();
            auditor.waiting().until(d -> !d.findElements(By.linkText("Quinn audweb")).isEmpty());
            Accessibility.assertAccessible(driver, "the trail search with its results");
            driver.findElement(By.linkText("Quinn audweb")).click();

            auditor.waiting().until(d -> d.getTitle().startsWith("Audit trail of Quinn audweb"));
            assertThat(auditor.pageText()).contains("Audit trail of Quinn audweb")
                    .contains("Supervision agreement, started 23 November 2026")
                    .contains("Quinn audweb's supervisor signed the agreement")
                    .contains("Task completed: Supervisor signs agreement")
                    .contains("Thanh Nguyen (tnguyen)")
                    .contains("23 November 2026 at ");
            assertThat(countLog("READ")).as("opening the trail is audited, as before").isEqualTo(1);
            Accessibility.assertAccessible(driver, "the trail");
            Screenshots.save(driver, "auditor-trail");

            // the filters are a GET form, folded away until wanted; a date that is not one is refused in words, and nothing is read
            driver.findElement(By.xpath("//summary[normalize-space(.)='Filter the trail']")).click();
            driver.findElement(By.id("from")).sendKeys("31/02/2026");
            driver.findElement(By.xpath("//button[normalize-space(.)='Filter']")).click();
            auditor.waiting().until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
            assertThat(auditor.pageText()).contains("From: enter a real date as day/month/year");
            assertThat(countLog("READ")).isEqualTo(1);

            driver.findElement(By.id("from")).clear();
            driver.findElement(By.id("from")).sendKeys("23/11/2026");
            new Select(driver.findElement(By.id("process"))).selectByVisibleText("Supervision agreement");
            driver.findElement(By.id("actor")).sendKeys("Thanh Nguyen");
            driver.findElement(By.xpath("//button[normalize-space(.)='Filter']")).click();
            auditor.waiting().until(d -> d.getCurrentUrl().contains("actor="));
            List<String> who = driver.findElements(By.cssSelector("table tbody tr td:nth-child(3)")).stream()
                    .map(WebElement::getText).toList();
            assertThat(who).as("only what Thanh Nguyen did").isNotEmpty().allSatisfy(name -> assertThat(name).isEqualTo("Thanh Nguyen (tnguyen)"));
            WebElement csv = driver.findElement(By.id("export-csv"));
            assertThat(csv.getAttribute("href")).as("the export carries the same filters")
                    .contains("/audit/api/trail.csv?staffId=audweb", "process=agreement", "from=2026-11-23", "actor=tnguyen");
            csv.click();
            auditor.waiting().until(d -> countLog("EXPORT") == 1);

            driver.findElement(By.xpath("//section[h2[starts-with(., 'Supervision agreement')]]//a[starts-with(normalize-space(.), 'Show the path')]")).click();
            auditor.waiting().withTimeout(Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("#diagram[data-drawn] .djs-element.taken")).isEmpty());
            List<String> taken = driver.findElements(By.cssSelector("#diagram .djs-element.taken")).stream()
                    .map(element -> element.getAttribute("data-element-id")).toList();
            assertThat(taken).as("the path taken is highlighted").contains("draftAgreement", "supervisorSigns", "superviseeSigns")
                    .as("and only that path").doesNotContain("holdThreeWayMeeting", "referDeadlock");
            assertThat(driver.findElements(By.cssSelector("#diagram .audit-who")).stream()
                    .map(element -> element.getAttribute("textContent")).toList())
                    .as("who held each task, by name").anySatisfy(name -> assertThat(name).startsWith("Thanh Nguyen, 23 November 2026"));
            assertThat(auditor.pageText()).contains("The steps taken, in order").contains("Supervisor signs agreement");
            Accessibility.assertAccessible(driver, "the path on the diagram");

            driver.get("http://localhost:" + port + "/audit-trail");
            driver.findElement(By.xpath("//button[normalize-space(.)='Verify the audit log']")).click();
            auditor.waiting().until(d -> d.findElement(By.id("verification-result")).getText().contains("The audit log is intact"));
            assertThat(auditor.pageText()).contains("Intact up to entry");

            assertThat(auditor.contentSecurityPolicyViolations())
                    .as("the auditor's pages and the diagram work within the Content-Security-Policy").isEmpty();
            // the console is really read: an inline style, which the policy forbids, is reported
            ((JavascriptExecutor) driver).executeScript(
                    "const style = document.createElement('style'); style.textContent = 'body {}'; document.head.appendChild(style);");
            auditor.waiting().until(d -> !auditor.contentSecurityPolicyViolations().isEmpty());
        }

        WebClient supervisor = WebClient.browser(port, "pjones", "demo");
        for (String page : List.of("/audit-trail", "/audit-trail/staff/audweb", "/audit-trail/verification", "/audit/path/any")) {
            var answer = supervisor.get(page);
            assertThat(answer.statusCode()).as(page + " is for auditors only").isEqualTo(403);
            assertThat(answer.body()).as(page).contains("You cannot see the audit trail");
        }
    }

    private int countLog(String action) {
        return jdbc.queryForObject("select count(*) from audit_log where actor = 'alee' and action = ? and record_type = 'AuditTrail'"
                + " and subject_staff_id = 'audweb'", Integer.class, action);
    }
}
