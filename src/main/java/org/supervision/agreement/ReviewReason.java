package org.supervision.agreement;

/** Why an agreement is (re)negotiated. */
public enum ReviewReason {
    JOINED("New member of staff"),
    ANNUAL_REVIEW("Annual review"),
    REQUESTED("Review requested"),
    /** Conflict handling asked for a review of the agreement (stage 1 or a resolved later stage). */
    CONFLICT("Review agreed while working through a conflict"),
    /**
     * The ASYE year ended: the post-ASYE rules apply, so the draft proposes their minimum
     * frequency rather than the frequency agreed for the ASYE year.
     */
    ASYE_COMPLETED("ASYE year completed");

    private final String words;

    ReviewReason(String words) {
        this.words = words;
    }

    /** The reason as the parties read it on the draft. */
    public String inWords() {
        return words;
    }
}
