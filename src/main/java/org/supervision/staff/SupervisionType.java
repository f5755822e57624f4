package org.supervision.staff;

/** Types of supervision a supervisee may receive (003 lists all of them; 004 §14). */
public enum SupervisionType {
    MANAGEMENT,
    PROFESSIONAL,
    CLINICAL,
    PEER,
    GROUP
}
