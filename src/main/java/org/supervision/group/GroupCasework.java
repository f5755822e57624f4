package org.supervision.group;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The weekly group casework a member of staff attends, for their supervision agreement: the
 * policy lets weekly group casework reduce 1:1 supervision to every 4-6 weeks.
 */
@Component
public class GroupCasework {

    private final SupervisionGroupRepository groups;

    GroupCasework(SupervisionGroupRepository groups) {
        this.groups = groups;
    }

    /** The first weekly group casework group the person is a member of, if any. */
    public Optional<SupervisionGroup> weeklyGroupOf(String staffId) {
        return groups.findByMember(staffId).stream().filter(SupervisionGroup::isWeeklyGroupCasework).findFirst();
    }

    public Optional<SupervisionGroup> group(Long groupId) {
        return groupId == null ? Optional.empty() : groups.findById(groupId);
    }
}
