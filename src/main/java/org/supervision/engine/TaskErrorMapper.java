package org.supervision.engine;

import org.supervision.shared.ConcurrentChange;
import org.supervision.shared.ConflictingChangeException;
import org.supervision.shared.FormInput;
import org.supervision.shared.RequestProblems;
import org.supervision.shared.TaskInputException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Gives REST clients of {@code /engine-rest} (and Tasklist, through {@code /camunda/api/engine})
 * the answer a person would expect: the engine wraps a listener's exception in a generic
 * one, which Camunda's own handler reports as 500 (task completion even wraps it once more).
 * A rejected form is the caller's mistake (400, naming the field); a change that lost a
 * race or touched a locked record is a conflict (409); a request body that is not JSON or
 * not shaped as the endpoint expects is a 400 saying where. Answers to completing a task or
 * starting a process speak plain words, without Java's names for things. Everything else is
 * left to Camunda's handlers: a real fault stays a 500, logged by them.
 */
class TaskErrorMapper {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TaskErrorMapper.class);
    private static final Pattern TASK_COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)/?$");
    /** Where people submit forms: task completion and process start. */
    private static final Pattern FORM_SUBMISSION = Pattern.compile(
            "(task/[^/]+/(complete|submit-form|resolve)|process-definition/.+/(start|submit-form))/?$");
    private static final Pattern TASK_FORM = Pattern.compile("task/([^/]+)/(?:complete|submit-form|resolve)/?$");
    private static final Pattern START_FORM = Pattern.compile(
            "process-definition/(?:key/([^/]+)|([^/]+))/(?:start|submit-form)/?$");
    /** Camunda's message codes ("ENGINE-03051"): they mean nothing to the person reading. */
    private static final Pattern ENGINE_CODES = Pattern.compile("\\b[A-Z]+-\\d{5}\\s*");
    private static final Pattern JAVA_NAMES = Pattern.compile("\\b(?:java|javax|jakarta|org|com)\\.[\\w.$]+");

    /** Engine exceptions thrown by the API directly. */
    static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
        @Context
        private UriInfo uri;
        @Context
        private ServletContext servlet;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return completedMeanwhile(uri, servlet).or(() -> translate(exception, uri)).or(() -> missingArgument(exception))
                    .orElseGet(() -> plain(uri, camunda.toResponse(exception)));
        }
    }

    /** Task completion wraps every engine exception in a RestException with status 500. */
    static class WrappedErrors implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();
        @Context
        private UriInfo uri;
        @Context
        private ServletContext servlet;

        @Override
        public Response toResponse(RestException exception) {
            return completedMeanwhile(uri, servlet).or(() -> translate(exception, uri))
                    .or(() -> exception.getCause() instanceof NullValueException missing ? missingArgument(missing) : Optional.empty())
                    .orElseGet(() -> plain(uri, camunda.toResponse(exception)));
        }
    }

    /** A body that is not JSON, or JSON of another shape than the endpoint reads. */
    static class JsonErrors implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (JsonMappingException.Reference step : mapping.getPath()) {
                    if (step.getFieldName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
                    } else if (step.getIndex() >= 0) {
                        field.append('[').append(step.getIndex()).append(']');
                    }
                }
                Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                String expected = type != null && type.getSimpleName().equals("VariableValueDto")
                        ? "give the variable as {\"value\": ..., \"type\": ...}" : RequestProblems.describe(type);
                Map<String, Object> body = problem(field + ": " + expected);
                body.put("field", field.toString());
                return json(Response.Status.BAD_REQUEST, body);
            }
            if (exception instanceof JsonMappingException) {
                return json(Response.Status.BAD_REQUEST, problem("the request body must be a JSON object"));
            }
            JsonLocation at = exception.getLocation();
            return json(Response.Status.BAD_REQUEST, problem("the request body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
        }
    }

    /** Anything else (an engine that lost a race can fail with a plain NullPointerException). */
    static class OtherErrors implements ExceptionMapper<Throwable> {
        private final ExceptionHandler camunda = new ExceptionHandler();
        @Context
        private UriInfo uri;
        @Context
        private ServletContext servlet;

        @Override
        public Response toResponse(Throwable exception) {
            return completedMeanwhile(uri, servlet).or(() -> translate(exception, uri)).orElseGet(() -> plain(uri, camunda.toResponse(exception)));
        }
    }

    /**
     * A completion of a task that is already done: a late one (a second browser tab, a program
     * calling again) or the loser of two simultaneous ones (two tabs, two nodes), which may not
     * reach the optimistic lock at all: when the winner commits first, the loser finds the task
     * gone (404/500), its authorization on it gone (403), or its process moved on (the form
     * check's conflict). If the task has in fact been completed, each is the same conflict and
     * gets the same answer: who completed it and when ({@link CompletedTaskNotice}), checked
     * before the other translations so that it wins over the form check's own words.
     */
    static Optional<Response> completedMeanwhile(UriInfo uri, ServletContext servlet) {
        if (uri == null) {
            return Optional.empty();
        }
        Matcher completion = TASK_COMPLETION.matcher(uri.getPath());
        if (!completion.find()) {
            return Optional.empty();
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        String taskId = completion.group(1);
        if (!TaskCompletedMeanwhile.check(engine, taskId)) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskAlreadyCompleted");
        body.put("message", notice(servlet).map(notice -> notice.answer(AsSystem.currentUserId(engine.getIdentityService())
                .orElse(null), taskId)).orElse(CompletedTaskNotice.SOMEONE + CompletedTaskNotice.RELOAD));
        return Optional.of(json(Response.Status.CONFLICT, body));
    }

    /** Jersey builds the mappers, not Spring: the notice comes from the application context of the servlet. */
    private static Optional<CompletedTaskNotice> notice(ServletContext servlet) {
        WebApplicationContext context = servlet == null ? null : WebApplicationContextUtils.getWebApplicationContext(servlet);
        return context == null ? Optional.empty() : Optional.of(context.getBean(CompletedTaskNotice.class));
    }

    /**
     * The engine's API checks its arguments and throws {@link NullValueException} for one that
     * is missing ("groupId is null", "workerId is null"). Thrown straight from an API call the
     * REST layer made with the request's values, that is the request's fault; the same
     * exception from inside a listener arrives wrapped and stays a server error.
     */
    static Optional<Response> missingArgument(ProcessEngineException exception) {
        if (!(exception instanceof NullValueException)) {
            return Optional.empty();
        }
        LOG.debug("Request refused by the engine's argument check: {}", exception.getMessage());
        String message = withoutJavaNames(exception.getMessage());
        // "Cannot find task with id x: task is null": the id named nothing
        boolean notFound = message.startsWith("Cannot find") || message.contains("doesn't exist");
        return Optional.of(json(notFound ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST, problem(message)));
    }

    static Optional<Response> translate(Throwable exception, UriInfo uri) {
        if (ConcurrentChange.isConcurrentChange(exception)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "ConcurrentChange");
            body.put("message", "Someone else changed this task or record at the same moment; reload it and try again");
            return Optional.of(json(Response.Status.CONFLICT, body));
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputException input) {
                LOG.debug("Form input refused: {}", input.getMessage());
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "InvalidInput");
                body.put("message", inPlainWords(input, uri));
                body.put("field", input.getField());
                return Optional.of(json(Response.Status.BAD_REQUEST, body));
            }
            if (cause instanceof ConflictingChangeException) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "ConflictingChange");
                body.put("message", cause.getMessage());
                return Optional.of(json(Response.Status.CONFLICT, body));
            }
        }
        return Optional.empty();
    }

    /**
     * What Tasklist shows a person when the product refuses a form: the field as the form
     * labels it ("Start time (HH:MM): is not a time in the form HH:MM"), not its key. A field
     * that the form does not show (a value sent outside it) keeps its key.
     */
    static String inPlainWords(TaskInputException input, UriInfo uri) {
        String problem = input.getMessage();
        String field = input.getField();
        if (field == null || !problem.startsWith(field + ": ")) {
            return withoutJavaNames(problem);
        }
        String label = uri == null ? null : labelsOf(uri.getPath()).get(field);
        return withoutJavaNames((label == null ? field : label) + problem.substring(field.length()));
    }

    private static Map<String, String> labelsOf(String path) {
        try {
            Matcher task = TASK_FORM.matcher(path);
            if (task.find()) {
                return FormFields.labelsOfTask(EngineUtil.lookupProcessEngine(null), task.group(1));
            }
            Matcher start = START_FORM.matcher(path);
            if (start.find()) {
                return start.group(1) != null
                        ? FormFields.labelsOfStart(EngineUtil.lookupProcessEngine(null), start.group(1), null)
                        : FormFields.labelsOfStart(EngineUtil.lookupProcessEngine(null), null, start.group(2));
            }
        } catch (RuntimeException noLabels) {
            LOG.debug("No form labels for {}", path, noLabels);
        }
        return Map.of();
    }

    /**
     * Camunda's answer to a form submission that it refused itself (a variable of an unknown
     * type, a value that does not convert) names exception and Java classes; the person
     * gets the message without them. Server errors and refusals of access keep Camunda's body.
     */
    static Response plain(UriInfo uri, Response camunda) {
        int status = camunda.getStatus();
        if (uri == null || status < 400 || status >= 500 || status == 403 || !FORM_SUBMISSION.matcher(uri.getPath()).find()
                || !(camunda.getEntity() instanceof ExceptionDto answer)) {
            return camunda;
        }
        String message = answer.getMessage() == null ? "the request was refused"
                : withoutJavaNames(answer.getMessage().replaceFirst("^Cannot (complete task|submit task form|submit start form|"
                + "instantiate process definition|start process instance) [^:]*: ", ""));
        return json(Response.Status.fromStatusCode(status), problem(message));
    }

    static String withoutJavaNames(String message) {
        String withoutCodes = ENGINE_CODES.matcher(message).replaceAll("");
        return JAVA_NAMES.matcher(withoutCodes.replaceAll(" to java type \\S+", "")).replaceAll("a value").trim();
    }

    static Map<String, Object> problem(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequest");
        body.put("message", message);
        return body;
    }

    private static Response json(Response.Status status, Map<String, Object> body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
