package org.supervision.agreement;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.supervision.engine.AsSystem;
import org.supervision.staff.AsyeYearCompleted;
import org.supervision.staff.StaffJoined;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts agreement negotiations: for every new member of staff, when the annual review
 * falls due, on request of a party, and when conflict handling asks for a review.
 */
@Component("agreementStarter")
public class AgreementStarter {

    static final String PROCESS = "supervision-agreement";
    static final String REVIEW_REQUESTED = "agreementReviewRequested";

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final SupervisionAgreementRepository agreements;

    AgreementStarter(RuntimeService runtime, IdentityService identity, SupervisionAgreementRepository agreements) {
        this.runtime = runtime;
        this.identity = identity;
        this.agreements = agreements;
    }

    @EventListener
    public void onJoined(StaffJoined joined) {
        start(joined.staffId());
    }

    public ProcessInstance start(String staffId) {
        return AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(PROCESS)
                .businessKey(staffId).setVariable("staffId", staffId).execute());
    }

    /**
     * Opens a renegotiation of the agreement in force. Refused while one is already being
     * negotiated: the parties continue that one.
     */
    public ProcessInstance requestReview(String staffId, ReviewReason reason) {
        if (isNegotiating(staffId)) {
            throw new NegotiationInProgressException(staffId);
        }
        return AsSystem.call(identity, () -> runtime.createMessageCorrelation(REVIEW_REQUESTED)
                .processInstanceBusinessKey(staffId)
                .setVariable("staffId", staffId)
                .setVariable("reviewReason", reason.name())
                .correlateStartMessage());
    }

    public boolean isNegotiating(String staffId) {
        return agreements.existsByStaffIdAndStatus(staffId, AgreementStatus.DRAFT);
    }

    /**
     * The ASYE year ended: the agreement is reviewed under the post-ASYE rules. A negotiation
     * already under way carries on instead; its draft was opened under the ASYE rules, which
     * the parties can see from its policy minimum.
     */
    @EventListener
    public void onAsyeYearCompleted(AsyeYearCompleted completed) {
        if (!isNegotiating(completed.staffId())) {
            requestReview(completed.staffId(), ReviewReason.ASYE_COMPLETED);
        }
    }

    /** Called by the signed version's process when twelve months have passed. */
    public void startAnnualReview(DelegateExecution execution) {
        String staffId = (String) execution.getVariable("staffId");
        if (!isNegotiating(staffId)) {
            requestReview(staffId, ReviewReason.ANNUAL_REVIEW);
        }
    }
}
