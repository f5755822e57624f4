package org.supervision.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be parsed (cut short, no boundary, not multipart at all) is the
 * sender's mistake: 400, not the server error Spring answers by default. The body is parsed
 * before a controller is chosen, so this advice has no package restriction: one restricted to
 * the product's packages, like {@link ApiErrors}, is not consulted when there is no controller yet.
 */
@RestControllerAdvice
class UploadErrors {

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException exception) {
        if (exception instanceof MaxUploadSizeExceededException) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The file is larger than the upload limit (spring.servlet.multipart.max-file-size)");
            problem.setTitle("File too large");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The upload could not be read as a file upload (multipart/form-data). Send the file as the part 'file',"
                        + " or send the CSV file itself as the request body with Content-Type text/csv");
        problem.setTitle("Unreadable upload");
        return problem;
    }
}
