package org.supervision.agreement;

import java.time.LocalDate;

/**
 * Published inside the signing's transaction once an agreement version is in force, so that
 * features planned from the agreement (direct observations of practice) can plan without the
 * agreement knowing them.
 */
public record AgreementSigned(String staffId, long agreementId, LocalDate signedOn, int directObservationsPerYear) {
}
