package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
 * directory what they may do, except the one group the operator maps from the provider's
 * groups (auditors). Signing out of the workspace or of Tasklist signs out at the provider too.
 * And programs calling /api and /engine-rest with the provider's bearer tokens, the scope
 * checked: as a person, or (client credentials) as the service account listed for the client.
 */
@BrowserTest
class SingleSignOnBrowserTest {

    static final String HELEN = "helen.baker@demo-council.example";
    /** Hina Patel, a social worker: the directory gives her no auditor role. */
    static final String HINA = "hina.patel@demo-council.example";
    /** The provider's group the operator maps to the product's auditors. */
    static final String AUDITORS_AT_THE_PROVIDER = "Supervision Auditors";
    static final OpenIdProvider PROVIDER = OpenIdProvider.start(
            Map.of("helen", HELEN,
                    "priya", "priya.king@demo-council.example",
                    "stranger", "someone@another-council.example",
                    "hina", HINA),
            Map.of("helens-report", HELEN, "strangers-report", "someone@another-council.example",
                    "hinas-audit-report", HINA, "hinas-report", HINA,
                    // Alex Lee is an auditor in the directory
                    "alexs-report", "alex.lee@demo-council.example"),
            // programs acting for nobody (client credentials): one listed for a service account, one not
            Set.of("nightly-export", "unlisted-export"),
            Map.of("hina", List.of("All staff", AUDITORS_AT_THE_PROVIDER),
                    "hinas-audit-report", List.of(AUDITORS_AT_THE_PROVIDER),
                    "alexs-report", List.of("All staff")),
            "council");
    /** The local service account (a user of this product, in the HR group) that nightly-export's tokens act as. */
    static final String SERVICE_ACCOUNT = "svcreports";

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
        // the provider decides who is an auditor; every other group still comes from the directory
        properties.add("supervision.security.single-sign-on.group-mapping[" + AUDITORS_AT_THE_PROVIDER + "]", () -> "auditors");
        properties.add("supervision.security.single-sign-on.service-accounts[nightly-export]", () -> SERVICE_ACCOUNT);
    }

    @LocalServerPort int port;
    @Autowired StaffMemberRepository staff;
    @Autowired SupervisionClock clock;
    @Autowired IdentityService identity;
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
    void aProviderGroupTheOperatorMapsMakesAPersonAnAuditorEverywhereAndSigningOutInTasklistSignsOutAtTheProviderToo() {
        driver.get(app + "/login");
        signInAtTheProvider("hina");
        waitUntil("back on the workspace", d -> d.getCurrentUrl().startsWith(app) && !d.getCurrentUrl().contains("/login"));

        driver.get(app + "/tasks");
        assertThat(driver.findElement(By.cssSelector(".workspace-header__person")).getText()).contains("Signed in as Hina Patel");
        assertThat(driver.findElements(By.cssSelector(".govuk-service-navigation__link"))).extracting(link -> link.getText())
                .as("her provider group makes her an auditor here").contains("Audit trail", "My supervision");
        driver.get(app + "/camunda/app/tasklist/default/");
        driver.get(app + "/camunda/api/admin/auth/user/default");
        assertThat(driver.getPageSource()).as("and in Camunda's webapps: Cockpit is the auditors'")
                .contains("\"userId\":\"hpatel\"", "\"cockpit\"");

        driver.get(app + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account > a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account li.logout a"))).click();
        waitUntil("signed out", d -> d.getCurrentUrl().equals(app + "/login?logout"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("You have signed out.");
        driver.get(app + "/camunda/app/tasklist/default/");
        assertThat(driver.getCurrentUrl()).as("signed out of supervision").isEqualTo(app + "/login");
        driver.findElement(By.linkText("Sign in with Demo Council account")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(PROVIDER.issuer() + "/login"));
        assertThat(driver.findElements(By.id("password"))).as("signed out of the provider too: asked to sign in again").isNotEmpty();
    }

    @Test
    void aMappedGroupOfABearerTokensPersonComesFromTheTokenAndTheOthersFromTheDirectory() throws Exception {
        String withTheGroup = PROVIDER.programToken("hinas-audit-report", "supervision.api");
        String withoutTheGroup = PROVIDER.programToken("hinas-report", "supervision.api");

        assertThat(bearer("/api/audit/staff?q=Baker", withTheGroup).statusCode()).as("an auditor by her provider group").isEqualTo(200);
        assertThat(bearer("/api/audit/staff?q=Baker", withoutTheGroup).statusCode()).as("not without it").isEqualTo(403);
        assertThat(bearer("/api/audit/staff?q=Baker", PROVIDER.programToken("alexs-report", "supervision.api")).statusCode())
                .as("the directory's auditor is not one when the provider does not say so").isEqualTo(403);
        // Camunda's authorizations: auditors may read every process definition, other staff two
        long asAuditor = Long.parseLong(bearer("/engine-rest/process-definition/count", withTheGroup).body().replaceAll("\\D", ""));
        long asStaff = Long.parseLong(bearer("/engine-rest/process-definition/count", withoutTheGroup).body().replaceAll("\\D", ""));
        assertThat(asAuditor).as("the engine takes her provider group too").isGreaterThan(asStaff);
        assertThat(bearer("/engine-rest/filter", PROVIDER.programToken("helens-report", "supervision.api")).body())
                .as("HR is not mapped: Helen's HR role still comes from the directory").contains("Escalated supervision conflicts");
    }

    @Test
    void aProgramsOwnTokenActsAsTheServiceAccountListedForItsClientAndAnUnlistedClientIsRefused() throws Exception {
        if (identity.createUserQuery().userId(SERVICE_ACCOUNT).count() == 0) {
            User account = identity.newUser(SERVICE_ACCOUNT);
            account.setFirstName("Reporting");
            account.setLastName("Service");
            identity.saveUser(account);
            identity.createMembership(SERVICE_ACCOUNT, "hr");
        }
        String token = PROVIDER.programToken("nightly-export", "supervision.api");

        assertThat(bearer("/api/conflicts", token).statusCode()).isEqualTo(200);
        HttpResponse<String> filters = bearer("/engine-rest/filter", token);
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).as("the service account's groups from the identity store").contains("Escalated supervision conflicts");

        HttpResponse<String> otherScope = bearer("/engine-rest/filter", PROVIDER.programToken("nightly-export", "reports.read"));
        assertThat(otherScope.statusCode()).isEqualTo(403);
        assertThat(otherScope.headers().firstValue("WWW-Authenticate").orElse("")).contains("insufficient_scope");

        String unlisted = PROVIDER.programToken("unlisted-export", "supervision.api");
        for (String path : new String[] {"/api/conflicts", "/engine-rest/filter"}) {
            HttpResponse<String> answer = bearer(path, unlisted);
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).as(path)
                    .contains("invalid_token", "unlisted-export has no service account here");
        }
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
