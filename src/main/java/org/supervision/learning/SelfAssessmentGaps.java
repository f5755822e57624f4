package org.supervision.learning;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gaps a supervisor found in their own self-assessment: every area rated below the
 * configured level becomes a need in their own plan, once per assessment and area.
 */
@Component
class SelfAssessmentGaps implements LearningNeedSource {

    private final SupervisorSelfAssessmentRepository assessments;
    private final int gapBelow;

    SelfAssessmentGaps(SupervisorSelfAssessmentRepository assessments,
                       @Value("${supervision.learning.self-assessment-gap-below:3}") int gapBelow) {
        this.assessments = assessments;
        this.gapBelow = gapBelow;
    }

    @Override
    public String name() {
        return "SELF_ASSESSMENT";
    }

    @Override
    public List<CollectedNeed> needsOf(String staffId) {
        List<CollectedNeed> needs = new ArrayList<>();
        for (SupervisorSelfAssessment assessment : assessments.findBySupervisorIdOrderByIdAsc(staffId)) {
            assessment.ratings().forEach((area, rating) -> {
                if (rating < gapBelow) {
                    needs.add(new CollectedNeed(assessment.getId() + ":" + area.name(),
                            area.need() + " (self-assessed " + rating + " of 5)", assessment.getCompletedOn()));
                }
            });
        }
        return needs;
    }

    int gapBelow() {
        return gapBelow;
    }
}
