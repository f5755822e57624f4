package org.supervision.staff;

/** Types of supervision a supervisee may receive. */
public enum SupervisionType {
    MANAGEMENT,
    PROFESSIONAL,
    CLINICAL,
    PEER,
    GROUP
}
