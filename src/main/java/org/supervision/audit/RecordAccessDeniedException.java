package org.supervision.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered with 403 and a problem detail saying who may read these records. */
public class RecordAccessDeniedException extends ErrorResponseException {

    RecordAccessDeniedException(String userId, String staffId) {
        super(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, userId
                + " may not read the supervision records of " + staffId
                + ": only the supervisee, their supervisors and their line-management chain may"), null);
    }
}
