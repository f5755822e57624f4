package org.supervision.compliance;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A compliance request that cannot be answered: a field that is wrong (400, named), a scope
 * the person may not see (403) or a person not in the directory (404). The API answers it as
 * a problem detail, the page in words.
 */
class ComplianceProblem extends ErrorResponseException {

    private final String field;

    private ComplianceProblem(HttpStatus status, String field, String detail) {
        super(status, problem(status, field, detail), null);
        this.field = field;
    }

    static ComplianceProblem badField(String field, String detail) {
        return new ComplianceProblem(HttpStatus.BAD_REQUEST, field, detail);
    }

    static ComplianceProblem forbidden(String detail) {
        return new ComplianceProblem(HttpStatus.FORBIDDEN, null, detail);
    }

    static ComplianceProblem notFound(String field, String detail) {
        return new ComplianceProblem(HttpStatus.NOT_FOUND, field, detail);
    }

    String field() {
        return field;
    }

    String detail() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatus status, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
