package org.supervision.learning;

import java.util.List;
import org.springframework.stereotype.Component;
import org.supervision.group.GroupLearningNeeds;

/** Learning needs a group session's facilitator recorded for one member. */
@Component
class GroupSessionLearningNeeds implements LearningNeedSource {

    private final GroupLearningNeeds needs;

    GroupSessionLearningNeeds(GroupLearningNeeds needs) {
        this.needs = needs;
    }

    @Override
    public String name() {
        return "GROUP_SESSION";
    }

    @Override
    public List<CollectedNeed> needsOf(String staffId) {
        return needs.of(staffId).stream()
                .map(need -> new CollectedNeed(need.ref(), need.description(), need.identifiedOn())).toList();
    }
}
