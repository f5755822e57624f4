package org.supervision.conflict;

import org.supervision.agreement.AgreementStarter;
import org.supervision.agreement.ReviewReason;
import org.springframework.stereotype.Component;

/** A conflict's outcome may reopen the agreement; a review already running is that review. */
@Component
class AgreementReviews {

    private final AgreementStarter starter;

    AgreementReviews(AgreementStarter starter) {
        this.starter = starter;
    }

    void request(ConflictCase conflictCase) {
        if (!starter.isNegotiating(conflictCase.getSuperviseeId())) {
            starter.requestReview(conflictCase.getSuperviseeId(), ReviewReason.CONFLICT);
        }
    }
}
