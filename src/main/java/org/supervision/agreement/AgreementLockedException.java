package org.supervision.agreement;

import org.supervision.shared.ConflictingChangeException;

/** A signed, superseded or escalated agreement is a record: it is never changed. */
public class AgreementLockedException extends ConflictingChangeException {

    AgreementLockedException(SupervisionAgreement agreement) {
        super("Agreement " + agreement.getId() + " is " + agreement.getStatus() + " and can no longer be changed");
    }
}
