package org.supervision.learning;

import java.util.ArrayList;
import java.util.List;
import org.supervision.shared.SupervisionClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes every need identified by any {@link LearningNeedSource} into the staff member's plan
 * as an item with its source; a need already in the plan is left alone.
 */
@Component
public class LearningNeedCollector {

    private final List<LearningNeedSource> sources;
    private final PlanItemRepository items;
    private final SupervisionClock clock;

    LearningNeedCollector(List<LearningNeedSource> sources, PlanItemRepository items, SupervisionClock clock) {
        this.sources = sources;
        this.items = items;
        this.clock = clock;
    }

    /** The items added by this collection. */
    @Transactional
    public List<PlanItem> collect(String staffId) {
        List<PlanItem> added = new ArrayList<>();
        for (LearningNeedSource source : sources) {
            for (LearningNeedSource.CollectedNeed need : source.needsOf(staffId)) {
                if (!items.existsByStaffIdAndSourceAndSourceRef(staffId, source.name(), need.sourceRef())) {
                    added.add(items.save(new PlanItem(staffId, need.description(), null, null, source.name(),
                            need.sourceRef(), need.identifiedOn(), clock.today())));
                }
            }
        }
        return added;
    }
}
