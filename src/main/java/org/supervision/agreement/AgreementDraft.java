package org.supervision.agreement;

import java.time.LocalDate;

/** What the supervisor submits when drafting, after the server-side check. */
record AgreementDraft(int frequencyDays, int durationMinutes, String belowMinimumReason, String groundRules,
                      String recordingArrangements, String conflictHandling, String therapyDistinction,
                      LocalDate equalityDiscussedOn, LocalDate firstSessionOn) {
}
