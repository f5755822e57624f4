package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.OpenIdProvider;
import org.supervision.support.WebClient;

/**
 * Single sign-on through the organisation's identity provider (OpenID Connect), against a real
 * authorization server started here, in Chromium: the provider says who someone is, the staff
 * directory what they may do. And programs calling /api and /engine-rest with the provider's
 * bearer tokens, the scope checked.
 */
@BrowserTest
class SingleSignOnBrowserTest {

    static final String HELEN = "helen.baker@demo-council.example";
    static final OpenIdProvider PROVIDER = OpenIdProvider.start(
            Map.of("helen", HELEN,
                    "priya", "priya.king@demo-council.example",
                    "stranger", "someone@another-council.example"),
            Map.of("helens-report", HELEN, "strangers-report", "someone@another-council.example"),
            "council");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.council.";
        properties.add(registration + "client-id", () -> OpenIdProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> OpenIdProvider.CLIENT_SECRET);
        properties.add(registration + "scope", () -> "openid,email");
        properties.add(registration + "client-name", () -> "Demo Council account");
        properties.add("spring.security.oauth2.client.provider.council.issuer-uri", PROVIDER::issuer);
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
        // as an installation that signs people in only through its provider
        properties.add("supervision.security.single-sign-on.password-login", () -> "false");
    }

    @LocalServerPort int port;
    @Autowired StaffMemberRepository staff;
    @Autowired SupervisionClock clock;
    WebDriver driver;
    WebDriverWait wait;
    String app;

    @BeforeEach
    void openBrowser() throws Exception {
        // the application as 127.0.0.1, the provider as localhost: each keeps its own session cookie
        app = "http://127.0.0.1:" + port;
        PROVIDER.applicationAt(app);
        driver = Browser.newChromeDriver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aPersonSignsInWithTheOrganisationsAccountAsTheirDirectoryEntryWithTheDirectorysRolesAndSignsOut() {
        driver.get(app + "/login");
        Accessibility.assertAccessible(driver, "the login page with single sign-on");
        signInAtTheProvider("helen");

        waitUntil("back on the workspace", d -> d.getCurrentUrl().startsWith(app) && !d.getCurrentUrl().contains("/login"));
        driver.get(app + "/tasks");
        assertThat(driver.findElement(By.cssSelector(".workspace-header__person")).getText()).contains("Signed in as Helen Baker");
        assertThat(driver.findElements(By.cssSelector(".govuk-service-navigation__link"))).extracting(link -> link.getText())
                .as("HR's homes: her roles come from the directory").contains("Waiting for me", "Escalated conflicts", "My supervision");

        // Camunda's webapps: the same person, with the directory's groups behind Camunda's authorizations
        driver.get(app + "/camunda/app/tasklist/default/");
        driver.get(app + "/camunda/api/admin/auth/user/default");
        assertThat(driver.getPageSource()).contains("\"userId\":\"hbaker\"");
        driver.get(app + "/camunda/api/engine/engine/default/filter");
        assertThat(driver.getPageSource()).contains("Escalated supervision conflicts");

        driver.get(app + "/tasks");
        driver.findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        waitUntil("signed out", d -> d.getCurrentUrl().equals(app + "/login?logout"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("You have signed out.");
        driver.get(app + "/tasks");
        assertThat(driver.getCurrentUrl()).as("signed out of supervision").isEqualTo(app + "/login");
        driver.findElement(By.linkText("Sign in with Demo Council account")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(PROVIDER.issuer() + "/login"));
        assertThat(driver.findElements(By.id("password"))).as("signed out of the provider too: asked to sign in again").isNotEmpty();
    }

    @Test
    void aLeaverIsRefusedWithAPageThatSaysWhy() {
        assertThat(staff.findById("pking").orElseThrow().isActiveOn(clock.today())).as("Priya King has left").isFalse();
        driver.get(app + "/login");
        signInAtTheProvider("priya");

        waitUntil("refused", d -> d.getCurrentUrl().equals(app + "/sign-in-refused?reason=left"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot sign in to supervision");
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("The staff directory shows that you have left the organisation");
        Accessibility.assertAccessible(driver, "the page refusing a leaver's sign-in");
        driver.get(app + "/tasks");
        assertThat(driver.getCurrentUrl()).as("not signed in").isEqualTo(app + "/login");
    }

    @Test
    void someoneNotInTheDirectoryIsRefusedWithAPageThatSaysWhatToDo() {
        driver.get(app + "/login");
        signInAtTheProvider("stranger");

        waitUntil("refused", d -> d.getCurrentUrl().equals(app + "/sign-in-refused?reason=unknown"));
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("you are not in supervision's staff directory", "ask HR to add you");
        driver.get(app + "/tasks");
        assertThat(driver.getCurrentUrl()).as("not signed in").isEqualTo(app + "/login");
    }

    @Test
    void aProgramCallsBothApisWithABearerTokenCarryingTheApiScopeAsTheDirectoryPerson() throws Exception {
        String token = PROVIDER.programToken("helens-report", "supervision.api");

        assertThat(bearer("/api/conflicts", token).statusCode()).isEqualTo(200);
        HttpResponse<String> filters = bearer("/engine-rest/filter", token);
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).as("Camunda's authorizations for her directory groups").contains("Escalated supervision conflicts");
    }

    @Test
    void aBearerTokenWithoutTheApiScopeIsForbiddenAndOneForSomeoneOutsideTheDirectoryIsRefused() throws Exception {
        String otherScope = PROVIDER.programToken("helens-report", "reports.read");
        for (String path : new String[] {"/api/conflicts", "/engine-rest/filter"}) {
            HttpResponse<String> answer = bearer(path, otherScope);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).contains("insufficient_scope");
        }
        String strangers = PROVIDER.programToken("strangers-report", "supervision.api");
        assertThat(bearer("/api/conflicts", strangers).statusCode()).isEqualTo(401);
        assertThat(bearer("/engine-rest/filter", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(WebClient.basic(port, "hbaker", "demo").get("/api/conflicts").statusCode())
                .as("HTTP Basic still works beside bearer tokens").isEqualTo(200);
    }

    @Test
    void withPasswordsSwitchedOffTheLoginPageOffersOnlyTheProviderAndThePasswordPagesAreClosed() {
        driver.get(app + "/login");
        assertThat(driver.findElements(By.id("password"))).isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Sign in with Demo Council account").doesNotContain("Forgotten your password?");
        driver.get(app + "/forgotten-password");
        assertThat(driver.getCurrentUrl()).isEqualTo(app + "/login");
        driver.get(app + "/set-password?token=anything");
        assertThat(driver.getCurrentUrl()).isEqualTo(app + "/login");
    }

    /** Waits, and says where the browser is if it never gets there. */
    private void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not " + what + ": at " + driver.getCurrentUrl() + "\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void signInAtTheProvider(String name) {
        driver.findElement(By.linkText("Sign in with Demo Council account")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(PROVIDER.issuer() + "/login"));
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(OpenIdProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private HttpResponse<String> bearer(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
