package org.supervision.agreement;

import org.camunda.bpm.engine.ProcessEngineException;

/** A signed, superseded or escalated agreement is a record: it is never changed. */
public class AgreementLockedException extends ProcessEngineException {

    AgreementLockedException(SupervisionAgreement agreement) {
        super("Agreement " + agreement.getId() + " is " + agreement.getStatus() + " and can no longer be changed");
    }
}
