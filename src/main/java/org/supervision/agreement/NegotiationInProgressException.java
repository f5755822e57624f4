package org.supervision.agreement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A second negotiation of the same agreement would let two drafts compete (answered with 409). */
public class NegotiationInProgressException extends ErrorResponseException {

    NegotiationInProgressException(String staffId) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "An agreement for " + staffId
                + " is already being negotiated: complete or escalate that negotiation first"), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
