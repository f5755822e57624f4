package org.supervision.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * Somewhere learning needs are identified that belong in the plan: session
 * records, supervisors' self-assessments, and later appraisals. Each source names its needs
 * with its own stable reference, so collecting again never duplicates a need.
 */
public interface LearningNeedSource {

    /** Stored as the item's source, e.g. SESSION or APPRAISAL. */
    String name();

    List<CollectedNeed> needsOf(String staffId);

    record CollectedNeed(String sourceRef, String description, LocalDate identifiedOn) {
    }
}
