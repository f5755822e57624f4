package org.supervision.conflict;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class CaseNotFoundException extends ErrorResponseException {

    CaseNotFoundException(long caseId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No conflict case " + caseId), null);
    }
}
