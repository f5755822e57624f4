package org.supervision.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Gives REST clients of {@code /engine-rest} the answer a person would expect: the engine
 * wraps a listener's exception in a generic one, which Camunda's own handler reports as
 * 500 (task completion even wraps it once more). A rejected form is the caller's mistake (400, naming the field); a change that
 * lost a race or touched a locked record is a conflict (409). Everything else is left to
 * Camunda's handlers.
 */

class TaskErrorMapper {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TaskErrorMapper.class);

    /** Engine exceptions thrown by the API directly. */
    static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return translate(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /** Task completion wraps every engine exception in a RestException with status 500. */
    static class WrappedErrors implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return translate(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    static Optional<Response> translate(Throwable exception) {
        if (ConcurrentChange.isConcurrentChange(exception)) {
            return Optional.of(json(Response.Status.CONFLICT, body(exception,
                    "Someone else changed this task or record at the same moment; reload it and try again")));
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputException input) {
                LOG.info("Form input refused: {}", input.getMessage());
                Map<String, Object> body = body(input, input.getMessage());
                body.put("field", input.getField());
                return Optional.of(json(Response.Status.BAD_REQUEST, body));
            }
            if (cause instanceof ConflictingChangeException) {
                return Optional.of(json(Response.Status.CONFLICT, body(cause, cause.getMessage())));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> body(Throwable cause, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", cause.getClass().getSimpleName());
        body.put("message", message);
        return body;
    }

    private static Response json(Response.Status status, Map<String, Object> body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
