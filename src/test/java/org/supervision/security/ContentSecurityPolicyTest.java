package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser is told about each page over real HTTP: the product's own pages, APIs and
 * error pages carry the product's Content-Security-Policy; Camunda's webapps carry Camunda's,
 * and only that one.
 */
@IntegrationTest
class ContentSecurityPolicyTest {

    static final String CSP = "Content-Security-Policy";
    static final List<String> REQUIRED = List.of("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
            "base-uri 'self'", "form-action 'self'");

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    @Test
    void theLoginPageCarriesThePolicyAndNeedsNothingInlineThatItForbids() {
        HttpResponse<String> login = WebClient.anonymous(port).get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertProductPolicy(login);
        assertThat(directives(login)).as("no inline script or style allowed")
                .contains("script-src 'self'", "style-src 'self'")
                .noneSatisfy(directive -> assertThat(directive).contains("unsafe-inline"));
        // scripts from this server (<script src>) are allowed; one written into the page is not
        assertThat(login.body()).as("so the login page has none either").doesNotContain("<style", "style=")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        HttpResponse<String> stylesheet = WebClient.anonymous(port).get("/workspace/workspace.css");
        assertThat(stylesheet.statusCode()).as("its stylesheet comes from this server, without a login").isEqualTo(200);
    }

    @Test
    void theAuditorPagesTheApisAndErrorPagesCarryThePolicy() {
        WebClient auditorBrowser = WebClient.browser(port, "alee", "demo");
        WebClient auditorProgram = WebClient.basic(port, "alee", "demo");
        WebClient anonymous = WebClient.anonymous(port);

        // an instance that does not exist answers with the diagram page's frame, and so with its policy
        HttpResponse<String> diagramPage = expect(404, auditorBrowser.get("/audit/path/no-such-instance"));
        assertThat(diagramPage.headers().allValues(CSP)).as("the auditor's diagram page: the product's policy, plus"
                + " inline style attributes for the diagram viewer").containsExactly(ContentSecurityPolicy.POLICY + "; style-src-attr 'unsafe-inline'");
        assertThat(directives(diagramPage)).containsAll(REQUIRED).contains("style-src 'self'", "script-src 'self'");
        assertProductPolicy(expect(200, auditorBrowser.get("/audit-trail")));
        assertProductPolicy(expect(302, auditorBrowser.get("/audit/index.html")));
        assertProductPolicy(expect(200, auditorBrowser.get("/audit/api/verification")));
        assertProductPolicy(expect(200, auditorProgram.get("/api/audit/verification")));
        assertProductPolicy(expect(200, auditorProgram.get("/engine-rest/version")));
        assertProductPolicy(expect(302, anonymous.get("/")));
        assertProductPolicy(expect(401, anonymous.get("/api/audit/verification")));
        assertProductPolicy(expect(403, WebClient.basic(port, "pjones", "demo").get("/api/audit/verification")));
        assertProductPolicy(expect(404, auditorBrowser.get("/no-such-page")));
        assertProductPolicy(expect(404, auditorProgram.get("/api/no-such-endpoint")));
        assertProductPolicy(expect(400, auditorProgram.get("/api/audit/trail")));
        assertProductPolicy(expect(200, WebClient.anonymous(managementPort).get("/actuator/health/liveness")));
    }

    @Test
    void camundasWebappsCarryCamundasOwnPolicyAndNotASecondOne() {
        WebClient supervisor = WebClient.browser(port, "pjones", "demo");

        for (String path : List.of("/camunda/app/tasklist/", "/camunda/app/tasklist/default/")) {
            HttpResponse<String> tasklist = supervisor.get(path);
            assertThat(tasklist.statusCode()).as(path).isIn(200, 302);
            List<String> policies = tasklist.headers().allValues(CSP);
            assertThat(policies).as(path + ": exactly one policy").hasSize(1);
            assertThat(policies.get(0)).as(path + ": Camunda's, with the nonce its pages need")
                    .contains("'nonce-", "'strict-dynamic'", "frame-ancestors 'none'")
                    .isNotEqualTo(ContentSecurityPolicy.POLICY);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        return response;
    }

    private static void assertProductPolicy(HttpResponse<String> response) {
        assertThat(response.headers().allValues(CSP)).as(response.uri() + " carries the product's policy, once")
                .containsExactly(ContentSecurityPolicy.POLICY);
        assertThat(directives(response)).as(response.uri().toString()).containsAll(REQUIRED);
    }

    private static List<String> directives(HttpResponse<String> response) {
        return Arrays.stream(response.headers().firstValue(CSP).orElse("").split(";")).map(String::trim).toList();
    }
}
