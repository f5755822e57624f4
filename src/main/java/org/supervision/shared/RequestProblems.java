package org.supervision.shared;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Requests to the product's API that cannot be read: broken or missing JSON, a value of the
 * wrong type, a path or query value that is not what the endpoint takes, or a field that
 * fails its constraint ({@link StaffId}, {@link PlainText}, {@code @NotBlank}...). Each is a
 * 400 whose detail names the field and the problem in plain words, with the field also as
 * the {@code field} property (as {@link ApiErrors} does for form checks), and never Java's
 * names for things. Takes the place of Spring Boot's ProblemDetail handler, so every other
 * error of Spring MVC keeps its standard answer.
 */
@RestControllerAdvice
public class RequestProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        JsonMappingException mapping = causeOf(exception, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return problem(field, field + ": " + expected(mapping));
        }
        JsonProcessingException syntax = causeOf(exception, JsonProcessingException.class);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            return problem(null, "The request body is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (mapping != null) {
            return problem(null, "The request body must be a JSON object with the fields of this request");
        }
        return problem(null, "The request body is missing: send a JSON object with the fields of this request");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            problems.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        return problems(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        exception.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                problems.putIfAbsent(field, error.getDefaultMessage());
            }
        });
        return problems(problems);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName() == null ? "value" : exception.getPropertyName();
        return problem(field, field + ": " + describe(exception.getRequiredType()) + ", not '"
                + FormInput.shown(exception.getValue()) + "'");
    }

    /**
     * A multipart upload the server cannot take apart (no boundary, cut off, not multipart at
     * all), or one over the size limit. The body is parsed before a controller is chosen, which
     * is why this advice has no package restriction.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> brokenUpload(MultipartException exception) {
        if (exception instanceof MaxUploadSizeExceededException) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.PAYLOAD_TOO_LARGE, "The file is larger than the upload limit (spring.servlet.multipart.max-file-size)"));
        }
        return problem("file", "The upload could not be read as a file upload (multipart/form-data). Send the file as the"
                + " part 'file', or send the CSV file itself as the request body with Content-Type text/csv");
    }

    private ResponseEntity<Object> problems(Map<String, String> problems) {
        if (problems.isEmpty()) {
            return problem(null, "The request is not valid");
        }
        Map.Entry<String, String> first = problems.entrySet().iterator().next();
        ResponseEntity<Object> answer = problem(first.getKey(), problems.entrySet().stream()
                .map(problem -> problem.getKey() + ": " + problem.getValue()).collect(Collectors.joining("; ")));
        ((ProblemDetail) answer.getBody()).setProperty("problems", problems.entrySet().stream()
                .map(problem -> Map.of("field", problem.getKey(), "message", problem.getValue())).toList());
        return answer;
    }

    private static ResponseEntity<Object> problem(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(JsonMappingException mapping) {
        if (mapping.getCause() instanceof InputCoercionException tooBig) {
            return describe(tooBig.getTargetType()) + " in range";
        }
        Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (mapping instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            return describe(type) + ", not '" + FormInput.shown(invalid.getValue()) + "'";
        }
        return describe(type);
    }

    /** What a value of this Java type looks like, for the person who sent something else. */
    public static String describe(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong kind";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time in ISO 8601 form";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be a JSON object";
    }

    private static <T extends Throwable> T causeOf(Throwable exception, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable cause = exception; cause != null && !seen.contains(cause); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            seen.add(cause);
        }
        return null;
    }
}
