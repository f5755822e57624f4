package org.supervision.learning;

/** Kinds of learning activity, SUPERVISION_SKILLS for supervisor development. */
public enum TrainingCategory {
    COURSE,
    E_LEARNING,
    CONFERENCE,
    QUALIFICATION,
    SUPERVISION_SKILLS,
    OTHER
}
