package org.supervision.engine;

import org.supervision.shared.FormInput;
import org.supervision.shared.HideCondition;
import org.supervision.shared.TextRules;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Checks requests to Camunda's REST API ({@code /engine-rest}, and {@code /camunda/api/engine}
 * that Tasklist and Cockpit use) before Camunda reads them. Camunda answers some malformed
 * requests with a server error (a body of {@code null}, a variable given as {@code null},
 * identity records without an id or with an id longer than its column, more metrics rows
 * than it allows) and takes some wrong ones (a serialized Java object as a variable, or a
 * variable that is not a field of the task's form, which would overwrite the process's own
 * state such as the id of the agreement being drafted or who raised a conflict). Each is
 * refused here with 400, naming the variable or field; nothing reaches the engine.
 */
@Priority(Priorities.ENTITY_CODER)
class EngineRestInputCheck implements ContainerRequestFilter {

    static final int MAX_ID = 64;
    static final int MAX_NAME = 255;
    /** Camunda keeps a text variable in a column of this width. */
    static final int MAX_TEXT_VARIABLE = 4000;
    /** Camunda refuses more rows from its metrics query (and answers 500). */
    static final int MAX_METRICS_ROWS = 200;
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
            "processVariablesLocal", "processVariablesToTriggeredScope", "localVariables", "correlationKeys",
            "localCorrelationKeys");
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^/?(?:engine/[^/]+/)?");
    private static final Pattern TASK_SUBMISSION = Pattern.compile("task/([^/]+)/(?:complete|submit-form|resolve)/?");
    private static final Pattern TASK_VARIABLES = Pattern.compile("task/([^/]+)/(?:variables|localVariables)(?:/([^/]+)(?:/data)?)?/?");
    private static final Pattern START = Pattern.compile(
            "process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)/?");
    private static final Pattern SINGLE_VARIABLE = Pattern.compile(".+/(?:variables|localVariables)/[^/]+/?");
    /** Camunda's REST date format, yyyy-MM-dd'T'HH:mm:ss.SSSZ, with real months, days and times. */
    private static final Pattern CAMUNDA_DATE = Pattern.compile(
            "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}[+-]\\d{4}");
    /** Camunda parses dates leniently (31 February is 3 March); here a day must exist. */
    private static final DateTimeFormatter STRICT_CAMUNDA_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The variable types a form's value may have, as Camunda names them after lower-casing the first letter. */
    private static final Set<String> TYPES = Set.of("string", "null", "bytes", "file", "integer", "long", "short",
            "double", "boolean", "date");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,30}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,3})?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = ENGINE_PREFIX.matcher(request.getUriInfo().getPath()).replaceFirst("");
        Optional<Problem> problem = queryProblem(path, request.getUriInfo().getQueryParameters());
        JsonNode json = null;
        if (problem.isEmpty() && hasJsonBody(request)) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            try {
                json = body.length == 0 ? null : JSON.readTree(body);
            } catch (JsonProcessingException broken) {
                problem = problem(null, notJson(broken));
            }
            if (json != null) {
                problem = bodyProblem(path, request.getMethod(), json);
            }
        }
        if (problem.isEmpty() && !"GET".equals(request.getMethod())) {
            problem = formProblem(path, request.getMethod(), json);
        }
        problem.map(refused -> refused.labelled(() -> labelsOf(path)))
                .ifPresent(refused -> request.abortWith(refused.response()));
    }

    /**
     * A refusal: the field is the variable's name, the label how the form names it to the
     * person (for a form's field), which the message then starts with.
     */
    record Problem(String field, String label, String message) {
        Problem(String field, String message) {
            this(field, null, message);
        }

        /** Named by its form's label where the field is one of the form's. */
        Problem labelled(Supplier<Map<String, String>> labels) {
            return field == null || label != null ? this : new Problem(field, labels.get().get(field), message);
        }

        Response response() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "InvalidRequest");
            body.put("message", field == null ? message : (label == null ? field : label) + ": " + message);
            if (field != null) {
                body.put("field", field);
            }
            return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    /** The labels of the form a task or start submission fills in; none for other requests. */
    private static Map<String, String> labelsOf(String path) {
        Matcher submission = TASK_SUBMISSION.matcher(path);
        if (submission.matches()) {
            return FormFields.labelsOfTask(engine(), submission.group(1));
        }
        Matcher start = START.matcher(path);
        if (start.matches() && start.group(2) == null) {
            return FormFields.labelsOfStart(engine(), start.group(1), start.group(3));
        }
        return Map.of();
    }

    /** Said in words, with where it breaks, rather than the parser's message. */
    private static String notJson(JsonProcessingException broken) {
        JsonLocation at = broken.getLocation();
        return "the request body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    // --- query parameters

    static Optional<Problem> queryProblem(String path, MultivaluedMap<String, String> query) {
        for (String paging : List.of("firstResult", "maxResults")) {
            String value = query.getFirst(paging);
            if (value == null) {
                continue;
            }
            long number;
            try {
                number = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return problem(paging, "must be a whole number from 0, not '" + FormInput.shown(value) + "'");
            }
            if (number < 0 || number > Integer.MAX_VALUE) {
                return problem(paging, "must be a whole number from 0 to " + Integer.MAX_VALUE);
            }
            if (paging.equals("maxResults") && path.matches("metrics/?") && number > MAX_METRICS_ROWS) {
                return problem(paging, "at most " + MAX_METRICS_ROWS + " rows of metrics can be read at once");
            }
        }
        return Optional.empty();
    }

    // --- the JSON body

    private static boolean hasJsonBody(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return request.hasEntity() && type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    static Optional<Problem> bodyProblem(String path, String method, JsonNode json) {
        if (json.isNull() || json.isMissingNode()) {
            return problem(null, "the request body must be a JSON object, not null");
        }
        if (SINGLE_VARIABLE.matcher(path).matches() && ("PUT".equals(method) || "POST".equals(method))) {
            String name = path.replaceAll("/+$", "").replaceAll(".*/", "");
            Optional<Problem> variable = variableProblem(name, json);
            if (variable.isPresent()) {
                return variable;
            }
        }
        Optional<Problem> variables = variableMapsProblem(json);
        if (variables.isPresent()) {
            return variables;
        }
        return identityProblem(path, method, json);
    }

    /** Every map of variables anywhere in the body: {@code "variables": {"name": {"value": ..., "type": ...}}}. */
    private static Optional<Problem> variableMapsProblem(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<Problem> problem = variableMapsProblem(element);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> entries = field.getValue().fields(); entries.hasNext(); ) {
                    Map.Entry<String, JsonNode> variable = entries.next();
                    Optional<Problem> problem = variableProblem(variable.getKey(), variable.getValue());
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            } else {
                Optional<Problem> problem = variableMapsProblem(field.getValue());
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> variableProblem(String name, JsonNode variable) {
        if (name.isBlank() || name.length() > MAX_NAME || TextRules.problem(name).isPresent()) {
            return problem(FormInput.shown(name), "is not a usable variable name (1 to " + MAX_NAME
                    + " characters, no control characters)");
        }
        if (variable == null || !variable.isObject()) {
            return problem(name, "give the variable as {\"value\": ..., \"type\": ...}, not "
                    + (variable == null || variable.isNull() ? "null" : "a bare value"));
        }
        String type = variable.path("type").asText("");
        JsonNode info = variable.path("valueInfo");
        if (type.equalsIgnoreCase("Object") || info.has("serializationDataFormat") || info.has("objectTypeName")) {
            return problem(name, "serialized objects are not accepted; send text, a number, true or false, or a date");
        }
        JsonNode value = variable.path("value");
        if (value.isContainerNode()) {
            return problem(name, "must be a single value (text, a number, true or false, or a date), not a list or object");
        }
        Optional<String> typed = typedValueProblem(type, value);
        if (typed.isPresent()) {
            return problem(name, typed.get());
        }
        if (value.isTextual() && value.asText().length() > MAX_TEXT_VARIABLE
                && !type.equalsIgnoreCase("Bytes") && !type.equalsIgnoreCase("File")) {
            return problem(name, "is " + value.asText().length() + " characters long; at most "
                    + MAX_TEXT_VARIABLE + " can be stored");
        }
        return Optional.empty();
    }

    /**
     * A value Camunda could not convert to the type given (which it answers without naming the
     * variable), or would convert leniently: a date such as 31 February rolled into March.
     * Camunda reads the type's name with its first letter in lower case ("Integer" or "integer").
     */
    private static Optional<String> typedValueProblem(String type, JsonNode value) {
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String camundaType = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        if (!TYPES.contains(camundaType)) {
            return Optional.of("'" + FormInput.shown(type) + "' is not a variable type: use String, Integer, Long, "
                    + "Double, Boolean or Date");
        }
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        String text = value.asText();
        switch (camundaType) {
            case "integer", "long", "short":
                if (!(value.isIntegralNumber() || value.isTextual() && WHOLE_NUMBER.matcher(text).matches())) {
                    return Optional.of("'" + FormInput.shown(text) + "' is not a whole number (type " + type + ")");
                }
                java.math.BigInteger number = value.isIntegralNumber() ? value.bigIntegerValue() : new java.math.BigInteger(text);
                long max = camundaType.equals("short") ? Short.MAX_VALUE
                        : camundaType.equals("integer") ? Integer.MAX_VALUE : Long.MAX_VALUE;
                return number.abs().compareTo(java.math.BigInteger.valueOf(max)) <= 0 ? Optional.empty()
                        : Optional.of("is too large for a variable of type " + type);
            case "double":
                return value.isNumber() || value.isTextual() && NUMBER.matcher(text).matches() ? Optional.empty()
                        : Optional.of("'" + FormInput.shown(text) + "' is not a number (type Double)");
            case "boolean":
                return value.isBoolean() || text.equals("true") || text.equals("false") ? Optional.empty()
                        : Optional.of("'" + FormInput.shown(text) + "' is not true or false (type Boolean)");
            case "date":
                if (!value.isTextual() || !CAMUNDA_DATE.matcher(text).matches()) {
                    return Optional.of("must be a date and time like 2026-12-05T10:00:00.000+0000 for type Date");
                }
                try {
                    OffsetDateTime.parse(text, STRICT_CAMUNDA_DATE);
                    return Optional.empty();
                } catch (DateTimeParseException impossible) {
                    return Optional.of(FormInput.notADate(text.substring(0, 10)));
                }
            default:
                return Optional.empty();
        }
    }

    /** Users, groups and tenants: an id is required and must fit its column and Camunda's id pattern. */
    private static Optional<Problem> identityProblem(String path, String method, JsonNode json) {
        Supplier<ProcessEngineConfiguration> configuration = () -> EngineUtil.lookupProcessEngine(null)
                .getProcessEngineConfiguration();
        if ("POST".equals(method) && path.matches("group/create/?")) {
            return idProblem(json, "id", () -> pattern(configuration.get().getGroupResourceWhitelistPattern(), configuration.get()))
                    .or(() -> namesProblem(json, "name", "type"));
        }
        if ("PUT".equals(method) && path.matches("group/[^/]+/?")) {
            return namesProblem(json, "id", "name", "type");
        }
        if ("POST".equals(method) && path.matches("tenant/create/?")) {
            return idProblem(json, "id", () -> pattern(configuration.get().getTenantResourceWhitelistPattern(), configuration.get()))
                    .or(() -> namesProblem(json, "name"));
        }
        if ("PUT".equals(method) && path.matches("tenant/[^/]+/?")) {
            return namesProblem(json, "id", "name");
        }
        if ("POST".equals(method) && path.matches("user/create/?")) {
            JsonNode profile = json.path("profile");
            if (!profile.isObject()) {
                return problem("profile", "is required, with at least the user's id");
            }
            return idProblem(profile, "id", () -> pattern(configuration.get().getUserResourceWhitelistPattern(), configuration.get()))
                    .or(() -> namesProblem(profile, "firstName", "lastName", "email"));
        }
        if ("PUT".equals(method) && path.matches("user/[^/]+/profile/?")) {
            return namesProblem(json, "id", "firstName", "lastName", "email");
        }
        // Camunda reads these numbers without checking that they were sent (and fails with a server error)
        if ("PUT".equals(method) && path.matches("(job|job-definition|external-task)/([^/]+/)?retries/?")) {
            return requiredNumber(json, "retries");
        }
        if ("POST".equals(method) && path.matches("authorization/create/?")) {
            return requiredNumber(json, "type");
        }
        return Optional.empty();
    }

    private static String pattern(String specific, ProcessEngineConfiguration configuration) {
        String general = configuration.getGeneralResourceWhitelistPattern();
        // Camunda's own default when nothing is configured
        return specific != null && !specific.isBlank() ? specific
                : general != null && !general.isBlank() ? general : "[a-zA-Z0-9]+|camunda-admin";
    }

    private static Optional<Problem> idProblem(JsonNode json, String field, Supplier<String> pattern) {
        JsonNode id = json.path(field);
        if (!id.isTextual() || id.asText().isBlank()) {
            return problem(field, "is required");
        }
        if (id.asText().length() > MAX_ID) {
            return problem(field, "is " + id.asText().length() + " characters long; at most " + MAX_ID + " are allowed");
        }
        if (!id.asText().matches(pattern.get())) {
            return problem(field, "may contain only the letters a to z, A to Z and the digits 0 to 9");
        }
        return Optional.empty();
    }

    private static Optional<Problem> requiredNumber(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0 ? Optional.empty()
                : problem(field, "is required, as a whole number from 0");
    }

    private static Optional<Problem> namesProblem(JsonNode json, String... fields) {
        for (String field : fields) {
            JsonNode value = json.path(field);
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                return problem(field, "must be text");
            }
            int max = field.equals("id") ? MAX_ID : MAX_NAME;
            if (value.asText().length() > max) {
                return problem(field, "is " + value.asText().length() + " characters long; at most " + max + " are allowed");
            }
            Optional<String> text = TextRules.problem(value.asText());
            if (text.isPresent()) {
                return problem(field, text.get());
            }
        }
        return Optional.empty();
    }

    // --- what a form may submit

    /**
     * A task or start form submits its own fields and nothing else. Any other variable would
     * land in the process: the id of the record the process works on, the person who
     * raised a case or asked for training, a decision already taken.
     */
    private static Optional<Problem> formProblem(String path, String method, JsonNode json) {
        Matcher submission = TASK_SUBMISSION.matcher(path);
        Matcher taskVariables = TASK_VARIABLES.matcher(path);
        Matcher start = START.matcher(path);
        if (submission.matches()) {
            return outsideForm(namesIn(json, "variables"), () -> FormFields.ofTask(engine(), submission.group(1)),
                    "this task's form").or(() -> missingRequired(submission.group(1), json));
        }
        if (taskVariables.matches()) {
            Set<String> names = new TreeSet<>();
            if (taskVariables.group(2) != null) {
                names.add(taskVariables.group(2));
            } else if ("POST".equals(method)) {
                names.addAll(namesIn(json, "modifications"));
                if (json != null) {
                    json.path("deletions").forEach(name -> names.add(name.asText()));
                }
            }
            return outsideForm(names, () -> FormFields.ofTask(engine(), taskVariables.group(1)), "this task's form");
        }
        if (start.matches()) {
            return outsideForm(namesIn(json, "variables"),
                    () -> FormFields.ofStart(engine(), start.group(1), start.group(2), start.group(3)), "this start form");
        }
        return Optional.empty();
    }

    private static Optional<Problem> outsideForm(Set<String> names, Supplier<Optional<Set<String>>> fields, String form) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Optional<Set<String>> allowed = fields.get();
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        for (String name : names) {
            if (!allowed.get().contains(name)) {
                return problem(name, "is not a field of " + form + "; send only the form's fields");
            }
        }
        return Optional.empty();
    }

    /**
     * A required field of the task's form that the submission leaves out, sends as null or
     * blank. The task holds the value its form was shown with; without this check the
     * process would take that value as the answer, though the person never gave it.
     * A field hidden by its form's condition is not submitted, so not required; one whose
     * condition is not understood here is left to the task's own check.
     */
    private static Optional<Problem> missingRequired(String taskId, JsonNode json) {
        List<FormFields.RequiredField> required = FormFields.requiredOfTask(engine(), taskId);
        if (required.isEmpty()) {
            return Optional.empty();
        }
        if (json != null && (!json.isObject() || json.has("variables") && !json.get("variables").isObject())) {
            return Optional.empty(); // not shaped as a submission: the JSON error mapper says so
        }
        JsonNode submitted = json == null ? JSON.createObjectNode() : json.path("variables");
        Map<String, Object> values = null;
        for (FormFields.RequiredField field : required) {
            JsonNode variable = submitted.path(field.key());
            JsonNode value = variable.path("value");
            boolean missing = value.isMissingNode() || value.isNull() || variable.path("type").asText("").equalsIgnoreCase("Null")
                    || value.isTextual() && value.asText().isBlank();
            if (!missing) {
                continue;
            }
            if (values == null) {
                values = valuesSeenByTheForm(taskId, submitted);
            }
            if (!isHidden(field, values).orElse(true)) {
                return Optional.of(new Problem(field.key(), field.label(), "is required"));
            }
        }
        return Optional.empty();
    }

    /** Empty when a condition is not understood. */
    private static Optional<Boolean> isHidden(FormFields.RequiredField field, Map<String, Object> values) {
        boolean hidden = false;
        for (String expression : field.hiddenWhen()) {
            Optional<HideCondition> condition = HideCondition.parse(expression);
            if (condition.isEmpty()) {
                return Optional.empty();
            }
            hidden |= condition.get().hides(values);
        }
        return Optional.of(hidden);
    }

    /** What the form's conditions see: the task's values, with the submission's over them. */
    private static Map<String, Object> valuesSeenByTheForm(String taskId, JsonNode submitted) {
        Map<String, Object> values = new HashMap<>();
        try {
            values.putAll(engine().getTaskService().getVariables(taskId));
        } catch (RuntimeException notReadable) {
            // the caller may not read the task's values: the conditions then see the submission only
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = submitted.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue().path("value");
            values.put(field.getKey(), value.isBoolean() ? (Object) value.booleanValue()
                    : value.isNumber() ? value.numberValue() : value.isValueNode() && !value.isNull() ? value.asText() : null);
        }
        return values;
    }

    private static Set<String> namesIn(JsonNode json, String map) {
        Set<String> names = new TreeSet<>();
        if (json != null) {
            json.path(map).fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static ProcessEngine engine() {
        return EngineUtil.lookupProcessEngine(null);
    }

    private static Optional<Problem> problem(String field, String message) {
        return Optional.of(new Problem(field, message));
    }
}
