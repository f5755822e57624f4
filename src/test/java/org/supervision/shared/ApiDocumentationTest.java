package org.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;

/** The OpenAPI description of /api: behind the login, complete enough to write a client from. */
@IntegrationTest
class ApiDocumentationTest {

    @LocalServerPort int port;
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode description() throws Exception {
        HttpResponse<String> response = WebClient.basic(port, "rkhan", "demo").get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return json.readTree(response.body());
    }

    @Test
    void anonymousCallersAreRefused() {
        HttpResponse<String> response = WebClient.anonymous(port).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("/api/conflicts");
        assertThat(WebClient.anonymous(port).get("/v3/api-docs.yaml").statusCode()).isEqualTo(401);
        assertThat(WebClient.basic(port, "rkhan", "wrong").get("/v3/api-docs").statusCode()).isEqualTo(401);
    }

    @Test
    void aLoggedInUserGetsTheProductsPathsAndNotCamundasOrTheDemos() throws Exception {
        JsonNode api = description();
        assertThat(api.at("/info/title").asText()).isEqualTo("Supervision lifecycle engine API");
        assertThat(api.at("/info/version").asText()).isEqualTo(ApiDocumentation.API_VERSION);
        assertThat(api.at("/info/description").asText()).contains("HTTP Basic").contains("/engine-rest");
        List<String> paths = new ArrayList<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/conflicts", "/api/conflicts/{caseId}", "/api/staff/{staffId}/sessions",
                "/api/staff/{staffId}/sessions/{sessionId}/record", "/api/staff/{staffId}/agreements",
                "/api/appraisals/{id}", "/api/staff/{staffId}/cpd", "/api/audit/trail", "/api/staff/import",
                "/api/staff", "/api/staff/{staffId}", "/api/staff.csv", "/api/staff/supervision.csv",
                "/api/tasks/{taskId}/reassignment", "/api/tasks/in-my-line");
        assertThat(api.at("/paths/~1api~1tasks~1{taskId}~1reassignment/post/tags/0").asText()).isEqualTo("Task hand-over");
        assertThat(api.at("/paths/~1api~1staff/get/tags/0").asText()).isEqualTo("Staff directory");
        assertThat(paths).allMatch(path -> path.startsWith("/api/"))
                .noneMatch(path -> path.startsWith("/api/demo"));
        assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void operationsAreTaggedByFeatureWithTheirBodiesAndErrors() throws Exception {
        JsonNode api = description();
        JsonNode raise = api.at("/paths/~1api~1conflicts/post");
        assertThat(raise.at("/tags/0").asText()).isEqualTo("Conflicts");
        assertThat(api.at("/paths/~1api~1staff~1{staffId}~1sessions/get/tags/0").asText()).isEqualTo("Sessions");
        List<String> tags = new ArrayList<>();
        api.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertThat(tags).contains("Agreements", "Sessions", "Conflicts", "Appraisals", "Learning", "Audit", "Staff directory");

        JsonNode requestBody = schema(api, raise.at("/requestBody/content/application~1json/schema"));
        assertThat(names(requestBody.get("properties"))).contains("superviseeId", "supervisionType", "concern", "description");
        JsonNode created = schema(api, raise.at("/responses/201/content/application~1json/schema"));
        assertThat(names(created.get("properties"))).contains("id", "superviseeId", "stage", "open", "outcome");

        assertThat(names(raise.get("responses"))).contains("201", "400", "401", "403", "409", "429");
        JsonNode problem = schema(api, raise.at("/responses/400/content/application~1problem+json/schema"));
        assertThat(names(problem.get("properties"))).contains("status", "detail", "field");
        assertThat(names(api.at("/paths/~1api~1audit~1trail.csv/get/responses/200/content"))).containsExactly("text/csv");
        JsonNode cpd = schema(api, api.at("/paths/~1api~1staff~1{staffId}~1cpd/post/requestBody/content/application~1json/schema"));
        assertThat(names(cpd.get("properties"))).as("a form read field by field, described all the same")
                .contains("activity", "date", "hours");
        JsonNode record = api.at("/paths/~1api~1staff~1{staffId}~1sessions~1{sessionId}~1record/get");
        assertThat(names(record.get("responses"))).contains("200", "401", "403", "404").doesNotContain("409");
        assertThat(api.at("/paths/~1api~1groups/post/tags/0").asText()).isEqualTo("Group supervision");
    }

    private static JsonNode schema(JsonNode api, JsonNode schemaOrRef) {
        String ref = schemaOrRef.path("$ref").asText();
        return ref.isEmpty() ? schemaOrRef : api.at(ref.substring(1));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
