package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Browser;
import org.supervision.support.Fixtures;
import org.supervision.support.BrowserTest;
import org.supervision.support.Joiners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo auditor traces a supervisee in a real browser: trail, diagram with the path taken, CSV export. */
@BrowserTest
class AuditorPageBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theAuditorFindsASuperviseeSeesThePathOnTheDiagramAndExportsTheTrail() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new Joiners(directory, engine).joinAndSign("audweb", "tnguyen");

        try (Browser auditor = new Browser(port)) {
            auditor.logIn("alee", "demo");
            var driver = auditor.driver();
            driver.get("http://localhost:" + port + "/audit/index.html");
            driver.findElement(By.id("staffQuery")).sendKeys("audweb");
            driver.findElement(By.cssSelector("#searchForm button")).click();
            auditor.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#staffResults button"))).click();

            auditor.waiting().until(d -> !d.findElements(By.cssSelector("#timeline tbody tr")).isEmpty());
            assertThat(auditor.pageText()).contains("Trail of Quinn audweb").contains("task completed")
                    .contains("Supervisor signs agreement").contains("tnguyen");

            auditor.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#instances button.showPath[data-process-key='supervision-agreement']"))).click();
            auditor.waiting().withTimeout(Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("#diagram .djs-element.taken")).isEmpty());
            List<String> taken = driver.findElements(By.cssSelector("#diagram .djs-element.taken")).stream()
                    .map(element -> element.getAttribute("data-element-id")).toList();
            assertThat(taken).as("the path taken is highlighted").contains("draftAgreement", "supervisorSigns", "superviseeSigns")
                    .as("and only that path").doesNotContain("holdThreeWayMeeting", "referDeadlock");
            assertThat(driver.findElements(By.cssSelector("#diagram .who")).stream().map(element -> element.getAttribute("textContent")).toList())
                    .as("who acted on each task").anySatisfy(who -> assertThat(who).startsWith("tnguyen"));

            driver.findElement(By.id("verifyButton")).click();
            auditor.waiting().until(d -> d.findElement(By.id("verifyResult")).getText().startsWith("Intact"));

            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/auditor-trail.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

            driver.findElement(By.id("exportCsv")).click();
            auditor.waiting().until(d -> jdbc.queryForObject("select count(*) from audit_log where actor = 'alee' "
                    + "and action = 'EXPORT' and subject_staff_id = 'audweb'", Integer.class) == 1);

            assertThat(auditor.contentSecurityPolicyViolations())
                    .as("the login page and the auditor page work within the Content-Security-Policy").isEmpty();
            // the console is really read: an inline style, which the policy forbids, is reported
            ((JavascriptExecutor) driver).executeScript(
                    "const style = document.createElement('style'); style.textContent = 'body {}'; document.head.appendChild(style);");
            auditor.waiting().until(d -> !auditor.contentSecurityPolicyViolations().isEmpty());
        }
    }
}
