package org.supervision.learning;

/** Kinds of learning activity (004 App. K 4.1), SUPERVISION_SKILLS for supervisor development (000, 001, 003). */
public enum TrainingCategory {
    COURSE,
    E_LEARNING,
    CONFERENCE,
    QUALIFICATION,
    SUPERVISION_SKILLS,
    OTHER
}
