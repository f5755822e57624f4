package org.supervision.staff;

import java.util.Comparator;
import java.util.List;
import org.supervision.shared.SupervisionClock;
import org.springframework.stereotype.Component;

/**
 * The practice educators in the staff directory (role {@code PRACTICE_EDUCATOR} in the
 * import): besides the supervisor, the people who may observe a worker's practice.
 */
@Component
public class PracticeEducators {

    private final StaffMemberRepository staff;
    private final SupervisionClock clock;

    PracticeEducators(StaffMemberRepository staff, SupervisionClock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    /** Those in post today, by name. */
    public List<StaffMember> active() {
        return staff.findAll().stream().filter(this::activeEducator)
                .sorted(Comparator.comparing(StaffMember::getFullName)).toList();
    }

    public boolean isActive(String staffId) {
        return staff.findById(staffId).filter(this::activeEducator).isPresent();
    }

    private boolean activeEducator(StaffMember member) {
        return member.getRoles().contains(StaffRole.PRACTICE_EDUCATOR) && member.isActiveOn(clock.today());
    }
}
