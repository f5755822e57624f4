package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.shared.SupervisionClock;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;

/**
 * Lock-out resistance: strangers guessing passwords are slowed down per source address and
 * can never keep the real person out, and a failed login looks and costs the same for
 * unknown and known user names. Real HTTP against the running application; each test's
 * clients have their own addresses (X-Forwarded-For, trusted from loopback in the test
 * profile as from a proxy in production), and time moves with the product's clock.
 */
@IntegrationTest
class LoginThrottleTest {

    static final String DEMO_PASSWORD = "demo";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String ANY_API = "/engine-rest/task";
    static final String NAME_REFUSAL = "Too many failed logins for this user name from your computer or network.";
    static final String SOURCE_REFUSAL = "Too many failed logins from your computer or network.";

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired SupervisionClock clock;

    @BeforeEach
    void stopTheClock() {
        ClockUtil.setCurrentTime(new Date());
    }

    @Test
    void fiftyWrongPasswordsFromOneSourceDoNotKeepAdminOrASupervisorOutElsewhere() {
        String attacker = "203.0.113.10";

        List<Integer> forAdmin = wrongPasswords(attacker, "admin", 50);
        List<Integer> forPaul = wrongPasswords(attacker, "pjones", 50);

        assertThat(forAdmin.subList(0, 5)).as("the first five are checked").containsOnly(401);
        assertThat(forAdmin.subList(5, 50)).as("then refused unchecked").containsOnly(429);
        assertThat(forPaul.subList(0, 5)).containsOnly(401);
        assertThat(forPaul.subList(5, 50)).containsOnly(429);

        assertThat(WebClient.basic(port, "admin", ADMIN_PASSWORD).from("198.51.100.20").get("/engine-rest/user?id=admin")
                .body()).contains("\"id\":\"admin\"");
        WebClient paul = WebClient.anonymous(port).from("198.51.100.21").loggedIn("pjones", DEMO_PASSWORD);
        assertThat(paul.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(paul.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"pjones\"");
        assertThat(WebClient.basic(port, "pjones", DEMO_PASSWORD).get(ANY_API).statusCode())
                .as("and from loopback, as every other test").isEqualTo(200);

        assertThat(camundaLoginCounters("admin", "pjones")).as("nothing counted or locked in Camunda")
                .containsOnly(Map.of("ATTEMPTS_", 0, "LOCKED", false));
        assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).as("Camunda's own verdict: not locked").isTrue();
    }

    @Test
    void theRefusedSourceIsLetInAgainWhenItsRefusalRunsOutAndEachFurtherFailureDoublesIt() {
        String source = "203.0.113.11";
        assertThat(wrongPasswords(source, "nevans", 5)).containsOnly(401);

        HttpResponse<String> refused = WebClient.basic(port, "nevans", DEMO_PASSWORD).from(source).get(ANY_API);
        assertThat(refused.statusCode()).as("even the right password is not checked").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.body()).isEqualTo(NAME_REFUSAL + " Try again in 1 minute.");

        advance(Duration.ofMinutes(1));
        assertThat(wrongPasswords(source, "nevans", 1)).as("one more guess after the first minute").containsOnly(401);
        HttpResponse<String> refusedLonger = WebClient.basic(port, "nevans", DEMO_PASSWORD).from(source).get(ANY_API);
        assertThat(refusedLonger.statusCode()).isEqualTo(429);
        assertThat(refusedLonger.headers().firstValue("Retry-After")).hasValue("120");

        advance(Duration.ofMinutes(2));
        assertThat(WebClient.basic(port, "nevans", DEMO_PASSWORD).from(source).get(ANY_API).statusCode())
                .as("let in when the refusal has run out").isEqualTo(200);
        assertThat(wrongPasswords(source, "nevans", 6)).as("a success forgets the failures")
                .containsExactly(401, 401, 401, 401, 401, 429);
    }

    @Test
    void guessesSentAllAtOnceAreCountedBeforeAnyIsChecked() throws Exception {
        String source = "203.0.113.14";
        ExecutorService senders = Executors.newFixedThreadPool(30);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                WebClient guesser = WebClient.basic(port, "mbrown", "guess-" + i).from(source);
                answers.add(senders.submit(() -> {
                    go.await();
                    return guesser.get(ANY_API).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).as("five checked, the rest refused").containsOnly(401, 429)
                    .filteredOn(status -> status == 401).hasSize(5);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void refusalsAreCappedAndForgottenAfterTheWindow() {
        String source = "203.0.113.13";
        wrongPasswords(source, "hpatel", 5);
        for (int i = 0; i < 6; i++) { // each further failure doubles the refusal: 2, 4, 8, then 15 (not 16), 15, 15 minutes
            advance(Duration.ofMinutes(15));
            assertThat(wrongPasswords(source, "hpatel", 1)).containsOnly(401);
        }
        assertThat(WebClient.basic(port, "hpatel", DEMO_PASSWORD).from(source).get(ANY_API).headers()
                .firstValue("Retry-After")).as("max-block").hasValue("900");

        advance(Duration.ofMinutes(15).plus(Duration.ofMinutes(15)));
        assertThat(wrongPasswords(source, "hpatel", 6)).as("forgotten a window after the last refusal")
                .containsExactly(401, 401, 401, 401, 401, 429);
    }

    @Test
    void aSourceFailingForManyNamesIsRefusedForEveryNameForAWhileAndNobodyElseIs() {
        String sprayer = "203.0.113.12";
        List<Integer> answers = IntStream.range(0, 20)
                .mapToObj(i -> WebClient.basic(port, i % 2 == 0 ? "sprayed-" + i : knownName(i), "Winter2026!")
                        .from(sprayer).get(ANY_API).statusCode())
                .toList();
        assertThat(answers).containsOnly(401);

        HttpResponse<String> refused = WebClient.basic(port, "hbaker", DEMO_PASSWORD).from(sprayer).get(ANY_API);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo(SOURCE_REFUSAL + " Try again in 15 minutes.");
        assertThat(WebClient.basic(port, "hbaker", DEMO_PASSWORD).from("198.51.100.22").get(ANY_API).statusCode())
                .isEqualTo(200);

        advance(Duration.ofMinutes(15));
        assertThat(WebClient.basic(port, "hbaker", DEMO_PASSWORD).from(sprayer).get(ANY_API).statusCode()).isEqualTo(200);
    }

    @Test
    void anIpv6ClientIsCountedByItsNetworkNotByEachOfItsAddresses() {
        for (int i = 1; i <= 5; i++) {
            assertThat(wrongPasswords("2001:db8:1:2::" + i, "nevans", 1)).containsOnly(401);
        }

        assertThat(WebClient.basic(port, "nevans", DEMO_PASSWORD).from("2001:db8:1:2::99").get(ANY_API).statusCode())
                .as("another address of the same /64").isEqualTo(429);
        assertThat(WebClient.basic(port, "nevans", DEMO_PASSWORD).from("2001:db8:1:3::1").get(ANY_API).statusCode())
                .as("another network").isEqualTo(200);
    }

    @Test
    void unknownAndKnownNamesGetTheSameAnswersWrongAndRefused() {
        createUserWithoutPassword("notyetactivated");
        List<String> names = List.of("nevans", "no-such-person", "notyetactivated");

        List<String> wrong = names.stream().map(name -> basicAnswer(
                WebClient.basic(port, name, "wrong").from("192.0.2.1").get(ANY_API))).toList();
        assertThat(wrong).hasSize(3).containsOnly(wrong.get(0));
        assertThat(wrong.get(0)).startsWith("401 Basic realm=\"supervision\"");

        List<String> formErrors = names.stream().map(name -> formLoginError(name, "wrong", "192.0.2.2")).toList();
        assertThat(formErrors).containsOnly("The user name or password is not right. Check both and try again.");

        names.forEach(name -> wrongPasswords("192.0.2.3", name, 5));
        List<String> refused = names.stream().map(name -> basicAnswer(
                WebClient.basic(port, name, "wrong").from("192.0.2.3").get(ANY_API))).toList();
        assertThat(refused).containsOnly("429 - " + NAME_REFUSAL + " Try again in 1 minute.");

        names.forEach(name -> IntStream.range(0, 5).forEach(i -> formLoginError(name, "wrong", "192.0.2.4")));
        List<String> formRefusals = names.stream().map(name -> {
            HttpResponse<String> refusal = WebClient.anonymous(port).from("192.0.2.4").formLogin(name, DEMO_PASSWORD);
            return refusal.statusCode() + " " + refusal.headers().firstValue("Retry-After").orElse("-") + " " + refusal.body();
        }).toList();
        assertThat(formRefusals).hasSize(3).containsOnly(formRefusals.get(0));
        assertThat(formRefusals.get(0)).startsWith("429 60 ").contains("<p class=\"refusal\">" + NAME_REFUSAL + " Try again in 1 minute.</p>");
    }

    /**
     * Structural rather than timed (times are printed by the next test): whether the name is
     * known, unknown or has no password yet, a failed login runs exactly one password hash and
     * writes nothing to Camunda's user table, the write that used to make known names slower.
     */
    @Test
    void everyLoginRunsOneHashWhateverTheNameAndAFailureWritesNothing() {
        createUserWithoutPassword("notyetactivated");
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        PasswordManager original = configuration.getPasswordManager();
        CountingPasswordManager counting = new CountingPasswordManager(configuration);
        Map<String, Object> before = userRow("fgreen");
        configuration.setPasswordManager(counting);
        try {
            List<Integer> hashesPerLogin = new ArrayList<>();
            for (String[] login : new String[][] {{"fgreen", "wrong"}, {"no-such-person", "wrong"},
                    {"notyetactivated", "wrong"}, {"fgreen", DEMO_PASSWORD}}) {
                int hashesBefore = counting.checks;
                WebClient.basic(port, login[0], login[1]).from("192.0.2.5").get(ANY_API);
                hashesPerLogin.add(counting.checks - hashesBefore);
            }
            assertThat(hashesPerLogin).containsExactly(1, 1, 1, 1);
        } finally {
            configuration.setPasswordManager(original);
        }
        assertThat(userRow("fgreen")).as("ACT_ID_USER untouched by the failed login").isEqualTo(before);
    }

    /**
     * Prints the medians of 200 failed logins each for a known and for unknown names, taken
     * in turns over real HTTP, and asserts only their ratio, loosely: the structural test above
     * pins what makes the paths equal, this one catches a gap from a cause nobody thought of.
     * On the 2-core build machine, loaded by other builds, the ratio was 1.03 and 1.04 after the
     * change and 1.34 before it (on H2 in memory; the tester saw 56 against 5 ms with the demo's
     * H2 file), while single requests varied between 17 and 150 ms; taking the two kinds in turns
     * puts the same load on both, so medians of 200 stay close.
     */
    @Test
    void failedLoginsTakeAboutAsLongForKnownAndUnknownNames() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String source = "2001:db8:100:" + Integer.toHexString(i / 4) + "::1"; // 4 of each per source: never refused
            long knownNanos = timedFailure(source, "nevans");
            long unknownNanos = timedFailure(source, "nobody-" + i);
            if (i >= 50) { // the first 50 of each warm up
                known.add(knownNanos);
                unknown.add(unknownNanos);
            }
        }
        double knownMs = median(known) / 1e6;
        double unknownMs = median(unknown) / 1e6;
        System.out.printf("Failed logins, median of %d each: known name %.2f ms, unknown name %.2f ms (ratio %.2f)%n",
                known.size(), knownMs, unknownMs, knownMs / unknownMs);
        assertThat(knownMs / unknownMs).isBetween(0.8, 1.25);
    }

    @Test
    void camundasOwnPasswordChecksAreClosedToEveryone() {
        WebClient paul = WebClient.browser(port, "pjones", DEMO_PASSWORD);
        String adminCredentials = "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}";

        HttpResponse<String> webappLogin = paul.webappPost("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=admin&password=" + ADMIN_PASSWORD);
        HttpResponse<String> webappVerify = paul.webappPost("/camunda/api/engine/engine/default/identity/verify", adminCredentials);
        HttpResponse<String> restVerify = WebClient.basic(port, "pjones", DEMO_PASSWORD)
                .post("/engine-rest/identity/verify", "application/json", adminCredentials);
        HttpResponse<String> restVerifySlash = WebClient.basic(port, "pjones", DEMO_PASSWORD)
                .post("/engine-rest/identity/verify/", "application/json", adminCredentials);

        for (HttpResponse<String> answer : List.of(webappLogin, webappVerify, restVerify, restVerifySlash)) {
            assertThat(answer.statusCode()).as(answer.uri().getPath()).isEqualTo(403);
            assertThat(answer.body()).as(answer.uri().getPath()).doesNotContain("authenticated", "admin");
        }
        assertThat(paul.get("/camunda/api/admin/auth/user/default").body())
                .as("still Paul in the webapps").contains("\"userId\":\"pjones\"");
    }

    /** Admin's "confirm your password" and other engine paths still use Camunda's counter: it never locks. */
    @Test
    void camundasOwnCounterNeverLocksAnAccount() {
        for (int i = 0; i < 12; i++) {
            identity.checkPassword("dmorgan", "wrong");
        }
        assertThat(identity.checkPassword("dmorgan", DEMO_PASSWORD)).isTrue();
    }

    private List<Integer> wrongPasswords(String source, String user, int times) {
        return IntStream.range(0, times)
                .mapToObj(i -> WebClient.basic(port, user, "guess-" + i).from(source).get(ANY_API).statusCode())
                .toList();
    }

    private long timedFailure(String source, String user) {
        WebClient client = WebClient.basic(port, user, "wrong").from(source);
        long start = System.nanoTime();
        int status = client.get(ANY_API).statusCode();
        long nanos = System.nanoTime() - start;
        assertThat(status).isEqualTo(401);
        return nanos;
    }

    /** The error the login page shows after a form login from {@code source}. */
    private String formLoginError(String user, String password, String source) {
        WebClient browser = WebClient.anonymous(port).from(source);
        HttpResponse<String> login = browser.formLogin(user, password);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        String page = browser.get("/login?error").body();
        int start = page.indexOf("class=\"login-error\"");
        assertThat(start).as("an error on the login page").isPositive();
        return page.substring(page.indexOf('>', start) + 1, page.indexOf("</a>", start)).trim();
    }

    /** Status, challenge and body, without the error page's time of day (the same second or not). */
    private static String basicAnswer(HttpResponse<String> answer) {
        return answer.statusCode() + " " + answer.headers().firstValue("WWW-Authenticate").orElse("-") + " "
                + answer.body().replaceAll("<div id='created'>[^<]*</div>", "");
    }

    private String knownName(int i) {
        return List.of("eclark", "twright", "nevans", "hpatel", "fgreen", "dmorgan", "hbaker", "pjones", "admin", "rkhan").get(i / 2);
    }

    private void createUserWithoutPassword(String id) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Imported");
            user.setLastName("Not yet activated");
            identity.saveUser(user);
        }
    }

    private List<Map<String, Object>> camundaLoginCounters(String... users) {
        return jdbc.queryForList("select coalesce(ATTEMPTS_, 0) as ATTEMPTS_, LOCK_EXP_TIME_ is not null as LOCKED from ACT_ID_USER where ID_ in ("
                + String.join(",", Collections.nCopies(users.length, "?")) + ")", (Object[]) users);
    }

    private Map<String, Object> userRow(String id) {
        return jdbc.queryForMap("select REV_, PWD_, SALT_, ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", id);
    }

    private void advance(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(clock.now().plus(duration)));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Camunda's own password manager, counting its checks. */
    static final class CountingPasswordManager extends PasswordManager {

        int checks;

        CountingPasswordManager(ProcessEngineConfigurationImpl configuration) {
            super(configuration.getPasswordEncryptor(), configuration.getCustomPasswordChecker());
        }

        @Override
        public boolean check(String password, String encrypted) {
            checks++;
            return super.check(password, encrypted);
        }
    }
}
