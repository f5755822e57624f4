package org.supervision.learning;

import java.util.List;
import org.supervision.appraisal.AppraisalDevelopmentNeedRepository;
import org.springframework.stereotype.Component;

/** Development areas the supervisor identified at appraisal. */
@Component
class AppraisalLearningNeeds implements LearningNeedSource {

    private final AppraisalDevelopmentNeedRepository needs;

    AppraisalLearningNeeds(AppraisalDevelopmentNeedRepository needs) {
        this.needs = needs;
    }

    @Override
    public String name() {
        return "APPRAISAL";
    }

    @Override
    public List<CollectedNeed> needsOf(String staffId) {
        return needs.findByStaffIdOrderByIdentifiedOnAsc(staffId).stream()
                .map(need -> new CollectedNeed(String.valueOf(need.getId()), need.getDescription(), need.getIdentifiedOn()))
                .toList();
    }
}
