package org.supervision.shared;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The product's own API answers like {@code /engine-rest} does (see {@link TaskErrorMapper}):
 * a rejected input is 400 naming the field, a lost race or a closed record is 409.
 * Anything else stays a server error.
 */
@RestControllerAdvice(basePackages = "org.supervision")
class ApiErrors {

    @ExceptionHandler({ProcessEngineException.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> engineError(RuntimeException exception) {
        return translate(exception).orElseThrow(() -> exception);
    }

    static Optional<ResponseEntity<ProblemDetail>> translate(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputException input) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, input.getMessage());
                problem.setProperty("field", input.getField());
                return Optional.of(ResponseEntity.badRequest().body(problem));
            }
            if (cause instanceof ConflictingChangeException) {
                return Optional.of(conflict(cause.getMessage()));
            }
        }
        if (ConcurrentChange.isConcurrentChange(exception)) {
            return Optional.of(conflict("Someone else changed this record at the same moment; reload it and try again"));
        }
        return Optional.empty();
    }

    private static ResponseEntity<ProblemDetail> conflict(String message) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message));
    }
}
