package org.supervision.learning;

import java.util.List;
import org.supervision.session.IdentifiedLearningNeedRepository;
import org.springframework.stereotype.Component;

/** Learning needs written into supervision session records. */
@Component
class SessionLearningNeeds implements LearningNeedSource {

    private final IdentifiedLearningNeedRepository needs;

    SessionLearningNeeds(IdentifiedLearningNeedRepository needs) {
        this.needs = needs;
    }

    @Override
    public String name() {
        return "SESSION";
    }

    @Override
    public List<CollectedNeed> needsOf(String staffId) {
        return needs.findByStaffIdOrderByIdentifiedOnAsc(staffId).stream()
                .map(need -> new CollectedNeed(String.valueOf(need.getId()), need.getDescription(), need.getIdentifiedOn()))
                .toList();
    }
}
