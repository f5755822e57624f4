package org.supervision.agreement;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.supervision.group.GroupCasework;
import org.supervision.group.SupervisionGroup;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionType;

/**
 * An agreement's 1:1 frequency in words, with the weekly group casework that lets it be every
 * 4-6 weeks: "1:1 every 6 weeks, with weekly group casework (Children's team A)". The
 * frequency is the one in force today for the signed agreement in force, else the one agreed.
 */
@Component
public class OneToOneFrequency {

    private final GroupCasework groupCasework;
    private final FrequencyPolicy frequencies;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;

    OneToOneFrequency(GroupCasework groupCasework, @Qualifier(FrequencyPolicy.FOR_PAGES) FrequencyPolicy frequencies,
                      StaffMemberRepository staff, SupervisionClock clock) {
        this.groupCasework = groupCasework;
        this.frequencies = frequencies;
        this.staff = staff;
        this.clock = clock;
    }

    /** The weekly group casework the agreement names, or empty. */
    public Optional<SupervisionGroup> groupCaseworkOf(SupervisionAgreement agreement) {
        return agreement.isGroupCaseworkSupervision() ? groupCasework.group(agreement.getGroupCaseworkGroupId())
                : Optional.empty();
    }

    /** "1:1 every 6 weeks, with weekly group casework (Children's team A)". */
    public String describe(SupervisionAgreement agreement) {
        Integer days = agreement.getFrequencyDays();
        Optional<StaffMember> member = staff.findById(agreement.getStaffId());
        if (agreement.getStatus() == AgreementStatus.SIGNED && member.isPresent()) {
            days = frequencies.intervalToNextSession(member.get(), agreement, SupervisionType.MANAGEMENT, clock.today())
                    .orElse(days);
        }
        return "1:1 " + every(days) + withGroupCasework(agreement);
    }

    /** ", with weekly group casework (name)", or nothing where the agreement has none. */
    public String withGroupCasework(SupervisionAgreement agreement) {
        if (!agreement.isGroupCaseworkSupervision()) {
            return "";
        }
        return ", with weekly group casework" + groupCaseworkOf(agreement).map(g -> " (" + g.getName() + ")").orElse("");
    }

    static String every(Integer days) {
        if (days == null) {
            return "on request";
        }
        if (days == 7) {
            return "every week";
        }
        return days % 7 == 0 ? "every " + days / 7 + " weeks" : "every " + days + " days";
    }
}
