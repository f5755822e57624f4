package org.supervision.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the product's own API ({@code /api/**}) at {@code /v3/api-docs}
 * (springdoc reads the Spring MVC mappings and the records they take and return). Behind the
 * same HTTP Basic login as {@code /api} (WebSecurityConfig); Camunda's {@code /engine-rest}
 * is not described here, Camunda publishes its own. No Swagger UI is shipped: paste the JSON
 * into any OpenAPI viewer or client generator.
 *
 * <p>Operations are tagged by feature (the package of their controller), and every operation
 * lists the error answers it can give: 400, 403, 404 and 409 as RFC 9457 problem details
 * ({@link ApiErrors}), 401 and the login throttle's 429 from Spring Security.
 */
@Configuration
class ApiDocumentation {

    /** The version of the API's contract: raise it when a change breaks existing clients. */
    static final String API_VERSION = "1.0";
    private static final String BASIC = "basic";
    private static final String PROBLEM = "Problem";

    /** Feature (package under org.supervision) to its tag and what it covers. */
    private static final Map<String, Tag> FEATURES = features(
            "agreement", "Agreements", "A supervisee's supervision agreements, and requests to review one",
            "session", "Sessions", "Supervision sessions due, held and overdue, and every version of their records",
            "conflict", "Conflicts", "Supervision conflict cases: raising one, reading it, a three-way meeting, withdrawal",
            "appraisal", "Appraisals", "Launching the yearly appraisals, appraisals, performance concerns, work plans",
            "observation", "Direct observations", "Direct observations of practice planned, booked and done per year, against the number required",
            "group", "Group supervision", "Supervision groups (group casework, peer group supervision): setting one up, each member's attendance, and what sessions recorded for a member's own record",
            "learning", "Learning", "Learning plans, training requests, CPD logs, supervisors' development",
            "audit", "Audit", "The audit trail for auditors, and directors' need-to-know access to records",
            "compliance", "Compliance", "Supervision compliance against each person's agreement: dates and counts per person, team, area and organisation",
            "inspection", "Inspection pack", "The inspection evidence pack for a manager's service and a period: dates and counts, no record content",
            "staff", "Staff directory", "Importing the staff directory and supervision relationships from CSV files or syncing it from LDAP, and reading them back (HR and administrators)",
            "handover", "Task hand-over", "A senior manager hands an absent supervisor's open task to another supervisor in their line of management",
            "access", "Access", "Resending a person's invitation to set their password (administrators)",
            "reminder", "Reminders", "Which reminder e-mails the caller receives, and the weekday of their weekly digest");

    @Bean
    OpenAPI productApi() {
        return new OpenAPI()
                .info(new Info().title("Supervision lifecycle engine API").version(API_VERSION).description("""
                        The product's own API: staff supervision agreements, sessions and their records, \
                        conflict cases, appraisals, learning and the audit trail. Every call needs a login \
                        (HTTP Basic, the same user name and password as Tasklist) and answers only what the \
                        caller may see under the supervision policy's access rules; reads of personal records \
                        are logged. Errors are problem details (RFC 9457): a refused input is 400 and names \
                        the field in `field`, nothing is stored. Tasks (completing forms) go through \
                        Camunda's REST API at /engine-rest, described by Camunda."""))
                .tags(List.copyOf(FEATURES.values()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    /** Tags each operation with its feature, taken from the package of its controller. */
    @Bean
    OperationCustomizer featureTags() {
        return (operation, handler) -> {
            String feature = handler.getBeanType().getPackageName().replaceFirst("^org\\.supervision\\.", "");
            Tag tag = FEATURES.get(feature);
            if (tag != null) {
                operation.setTags(List.of(tag.getName()));
            }
            return operation;
        };
    }

    /** The error answers, on every operation where they can occur. */
    @Bean
    OpenApiCustomizer errorAnswers() {
        return api -> {
            // added here, with the answers that use it: springdoc drops schemas nothing refers to yet
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> errors(path, method, operation)));
        };
    }

    private static void errors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(operation, "400", "The input was refused: `detail` says why and `field`, where one field is at"
                    + " fault, names it. Nothing was stored.");
        }
        operation.getResponses().computeIfAbsent("401", status -> new ApiResponse()
                .description("Not logged in, or a wrong user name or password (HTTP Basic)."));
        operation.getResponses().computeIfAbsent("429", status -> new ApiResponse()
                .description("Too many failed logins for this user name from this address: try again after the"
                        + " Retry-After header's seconds.")
                .content(new Content().addMediaType("text/plain", new MediaType().schema(new StringSchema()))));
        add(operation, "403", "Logged in, but the access rules do not let this user see or do this.");
        if (path.contains("{")) {
            add(operation, "404", "No such record (under /api/staff/{staffId}: none of that staff member's).");
        }
        if (method == PathItem.HttpMethod.POST) {
            add(operation, "409", "The record changed meanwhile (someone else acted at the same moment) or is"
                    + " closed to this change; reload it and try again.");
        }
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().get(status) == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An error answer (RFC 9457 problem details)")
                .addProperty("type", new StringSchema().description("about:blank unless a more specific type applies"))
                .addProperty("title", new StringSchema().description("the HTTP status in words, e.g. Bad Request"))
                .addProperty("status", new IntegerSchema().description("the HTTP status, e.g. 400"))
                .addProperty("detail", new StringSchema().description("what went wrong, in plain English"))
                .addProperty("instance", new StringSchema().description("the path that was called"))
                .addProperty("field", new StringSchema().description("400 only: the input field that was refused"));
    }

    private static Map<String, Tag> features(String... packageNameAndDescription) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (int i = 0; i < packageNameAndDescription.length; i += 3) {
            tags.put(packageNameAndDescription[i], new Tag().name(packageNameAndDescription[i + 1])
                    .description(packageNameAndDescription[i + 2]));
        }
        return tags;
    }
}
