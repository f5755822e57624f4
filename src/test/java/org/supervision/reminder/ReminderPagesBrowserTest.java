package org.supervision.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;

/** "My reminders" and "My calendar feed" in a real browser, reached from the footer, accessible. */
@BrowserTest
class ReminderPagesBrowserTest {

    @LocalServerPort int port;
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
    void aPersonChoosesTheirRemindersAndMakesAndStopsTheirCalendarLink() throws Exception {
        browser.logIn("hbaker", "demo");
        browser.driver().findElement(By.linkText("My reminders")).click();
        assertThat(browser.pageText()).contains("My reminders", "A supervision session is overdue", "Monday");
        Accessibility.assertAccessible(browser.driver(), "My reminders");

        browser.tick("A direct observation of practice is due soon");
        browser.chooseRadio("Wednesday");
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Save my choices']")).click();
        browser.waiting().until(driver -> driver.getPageSource().contains("Your reminder choices are saved."));
        assertThat(browser.driver().findElement(By.xpath("//input[@value='OBSERVATION_DUE']")).isSelected()).isFalse();
        assertThat(browser.driver().findElement(By.xpath("//input[@value='WEDNESDAY']")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.xpath("//input[@value='SESSION_OVERDUE']")).isSelected()).isTrue();

        browser.driver().findElement(By.linkText("My calendar feed")).click();
        assertThat(browser.pageText()).contains("You have no calendar link at the moment.");
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Make a calendar link']")).click();
        browser.waiting().until(driver -> !driver.findElements(By.id("feedAddress")).isEmpty());
        assertThat(browser.driver().findElement(By.id("feedAddress")).getAttribute("value"))
                .matches("http://localhost:8080/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        Accessibility.assertAccessible(browser.driver(), "My calendar feed with a new link");
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Stop this link']")).click();
        browser.waiting().until(driver -> driver.getPageSource().contains("Your calendar feed is stopped."));
        assertThat(browser.pageText()).contains("You have no calendar link at the moment.");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
