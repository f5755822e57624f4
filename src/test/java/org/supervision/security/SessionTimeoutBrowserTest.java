package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.MutableClock;
import org.supervision.support.WebClient;

/**
 * Idle (30 minutes) and absolute (10 hours) time-outs of a signed-in session, for the
 * workspace and the Camunda webapps alike, and the workspace's warning before them. The
 * sign-out clock is this test's own; the product's clock is not involved.
 */
@BrowserTest
class SessionTimeoutBrowserTest {

    static final MutableClock TIME = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    /** A call Tasklist makes (the number of tasks): the webapps share the session. */
    private static final String WEBAPP_CALL = "/camunda/api/engine/engine/default/task/count";

    @TestBean SignOutClock signOutClock;
    @LocalServerPort int port;

    static SignOutClock signOutClock() {
        return new SignOutClock(TIME);
    }

    @Test
    void aSessionUnusedForThirtyMinutesEndsAndUseOfTheWorkspaceOrTheWebappsKeepsItOpen() {
        WebClient helen = WebClient.browser(port, "hbaker", "demo");
        assertThat(helen.get("/tasks").statusCode()).isEqualTo(200);
        TIME.advance(Duration.ofMinutes(29));
        assertThat(helen.get("/tasks").statusCode()).as("used within 30 minutes").isEqualTo(200);
        TIME.advance(Duration.ofMinutes(29));
        assertThat(helen.get(WEBAPP_CALL).statusCode()).as("Tasklist's use counts too").isEqualTo(200);
        TIME.advance(Duration.ofMinutes(29));
        assertThat(helen.get("/signed-in/time-left").body()).as("asking what is left is not use").contains("\"idleSeconds\":60");
        TIME.advance(Duration.ofMinutes(1));

        HttpResponse<String> page = helen.get("/tasks");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?timeout=idle");
        assertThat(helen.get("/login?timeout=idle").body())
                .contains("You were signed out because supervision was not used for <span>30 minutes</span>.");
        assertThat(helen.get("/tasks").headers().firstValue("Location").orElseThrow())
                .as("signed out means signed out").endsWith("/login");
    }

    @Test
    void theWebappsAreSignedOutWithTheWorkspaceSession() {
        WebClient tasklist = WebClient.browser(port, "hbaker", "demo");
        assertThat(tasklist.get(WEBAPP_CALL).statusCode()).isEqualTo(200);
        TIME.advance(Duration.ofMinutes(30));
        assertThat(tasklist.get(WEBAPP_CALL).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionEndsTenHoursAfterSigningInHoweverBusy() {
        WebClient helen = WebClient.browser(port, "hbaker", "demo");
        assertThat(helen.get(WEBAPP_CALL).statusCode()).isEqualTo(200);
        for (int step = 0; step < 20; step++) {
            TIME.advance(Duration.ofMinutes(29));
            assertThat(helen.get(WEBAPP_CALL).statusCode()).isEqualTo(200);
        }
        TIME.advance(Duration.ofMinutes(19));
        assertThat(helen.get("/tasks").statusCode()).as("9 hours 59 minutes after signing in").isEqualTo(200);
        TIME.advance(Duration.ofMinutes(1));

        HttpResponse<String> page = helen.get("/tasks");
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?timeout=absolute");
        assertThat(helen.get("/login?timeout=absolute").body())
                .contains("You were signed out because you had been signed in for <span>10 hours</span>.");
    }

    @Test
    void theWorkspaceWarnsTwoMinutesAheadAndStaySignedInKeepsTheSessionOpen() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn("hbaker", "demo");
            browser.driver().get("http://localhost:" + port + "/tasks");
            assertThat(browser.driver().findElements(By.cssSelector("#session-ending:not([hidden])"))).isEmpty();

            TIME.advance(Duration.ofMinutes(28).plusSeconds(30));
            cameBackToTheTab(browser);
            WebElement notice = browser.waiting().until(driver -> driver.findElement(By.id("session-ending")).isDisplayed()
                    ? driver.findElement(By.id("session-ending")) : null);
            assertThat(notice.getText()).contains("You will be signed out soon",
                    "You have not used supervision for a while", "we will sign you out at", "Stay signed in");
            assertThat(notice.getAttribute("role")).isEqualTo("alert");
            Accessibility.assertAccessible(browser.driver(), "the warning before signing out");

            browser.driver().findElement(By.id("session-stay")).click();
            browser.waiting().until(driver -> !driver.findElement(By.id("session-ending")).isDisplayed());
            TIME.advance(Duration.ofMinutes(20));
            cameBackToTheTab(browser);
            browser.driver().get("http://localhost:" + port + "/tasks");
            assertThat(browser.driver().getCurrentUrl()).as("Stay signed in counted as use").endsWith("/tasks");
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

            TIME.advance(Duration.ofMinutes(30));
            cameBackToTheTab(browser);
            browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login?timeout=idle"));
            assertThat(browser.pageText()).contains("You were signed out because supervision was not used for 30 minutes.");
        }
    }

    /** What the browser tells the page when the person returns to its tab: the page asks the server again. */
    private static void cameBackToTheTab(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.dispatchEvent(new Event('focus'));");
    }
}
