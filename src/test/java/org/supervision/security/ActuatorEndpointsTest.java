package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supervision.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Kubernetes, Docker and Prometheus see: probes without a login on the management
 * port, nothing of Actuator on the application port, metrics only for the metrics groups.
 */
@IntegrationTest
class ActuatorEndpointsTest {

    static final String ADMIN_PASSWORD = "test-admin-password"; // application-test.yml
    static final String PROMETHEUS = "/actuator/prometheus";

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void probesAnswerUpWithoutLogin(String probe) {
        HttpResponse<String> response = get(managementPort, probe, null);

        assertThat(response.statusCode()).as(probe + " must answer the kubelet without a login").isEqualTo(200);
        assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
    }

    @Test
    void anonymousHealthShowsTheStatusButNoDetails() {
        HttpResponse<String> anonymous = get(managementPort, "/actuator/health", null);
        HttpResponse<String> admin = get(managementPort, "/actuator/health", "admin:" + ADMIN_PASSWORD);

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components", "\"db\"", "H2", "diskSpace");
        assertThat(admin.body()).as("an administrator sees the components").contains("\"components\"", "\"db\"");
    }

    @Test
    void prometheusRequiresALogin() {
        HttpResponse<String> response = get(managementPort, PROMETHEUS, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("jvm_memory_used_bytes", "camunda_");
    }

    @Test
    void prometheusIsRefusedToStaffOutsideTheMetricsGroups() {
        HttpResponse<String> response = get(managementPort, PROMETHEUS, "eclark:demo");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {PROMETHEUS, "/actuator/health/liveness", "/actuator", "/actuator/env"})
    void theApplicationPortServesNoActuatorEndpoint(String path) {
        HttpResponse<String> anonymous = get(port, path, null);
        HttpResponse<String> admin = get(port, path, "admin:" + ADMIN_PASSWORD);

        assertThat(anonymous.statusCode()).as(path + " anonymous on port 8080").isIn(302, 401, 404);
        assertThat(admin.statusCode()).as(path + " as admin on port 8080").isNotEqualTo(200);
        assertThat(anonymous.body() + admin.body()).doesNotContain("jvm_memory_used_bytes", "\"status\":\"UP\"");
    }

    @Test
    void anAdministratorScrapesJvmAndCamundaMetrics() {
        management.reportDbMetricsNow(); // write this node's in-memory engine counts to the database
        String reporter = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHostname();
        long startedBefore = management.createMetricsQuery().name(Metrics.ACTIVTY_INSTANCE_START).reporter(reporter).sum();
        long incidentsBefore = runtime.createIncidentQuery().count();

        HttpResponse<String> response = get(managementPort, PROMETHEUS, "admin:" + ADMIN_PASSWORD);

        long startedAfter = management.createMetricsQuery().name(Metrics.ACTIVTY_INSTANCE_START).reporter(reporter).sum();
        long incidentsAfter = runtime.createIncidentQuery().count();
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        assertThat(body).contains("jvm_memory_used_bytes",
                "camunda_job_successful_total", "camunda_job_failed_total", "camunda_job_acquisition_attempt_total",
                "camunda_job_locked_exclusive_total", "camunda_activity_instance_start_total",
                "camunda_executed_decision_elements_total", "camunda_history_cleanup_removed_process_instances_total",
                "camunda_incidents_open", "camunda_jobs_no_retries", "camunda_jobs_executable", "camunda_job_executor_active");
        assertThat(value(body, "camunda_activity_instance_start_total"))
                .as("activity starts read from the engine's meter log").isBetween((double) startedBefore, (double) startedAfter);
        assertThat(value(body, "camunda_incidents_open")).isBetween((double) incidentsBefore, (double) incidentsAfter);
        assertThat(value(body, "camunda_job_executor_active")).as("the job executor is off in tests").isEqualTo(0.0);
    }

    /** The sample value of a meter without labels other than the common application tag. */
    private static double value(String exposition, String meter) {
        Matcher matcher = Pattern.compile("(?m)^" + meter + "\\{[^}]*} (\\S+)$").matcher(exposition);
        assertThat(matcher.find()).as(meter + " has a sample").isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    /** Prometheus answers in its text format, so the Accept header is Prometheus's own, not the JSON of WebClient. */
    private static HttpResponse<String> get(int port, String path, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/plain;version=0.0.4;q=0.9,application/json;q=0.8,*/*;q=0.1");
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
