package org.supervision.staff;

/** Types of supervision a supervisee may receive. */
public enum SupervisionType {
    MANAGEMENT("Management supervision"),
    PROFESSIONAL("Professional supervision"),
    CLINICAL("Clinical supervision"),
    PEER("Peer supervision"),
    GROUP("Group supervision");

    private final String label;

    SupervisionType(String label) {
        this.label = label;
    }

    /** The words pages use for it, "Management supervision". */
    public String label() {
        return label;
    }
}
