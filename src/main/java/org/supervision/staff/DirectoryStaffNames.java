package org.supervision.staff;

import java.util.Optional;
import org.supervision.shared.StaffNames;
import org.springframework.stereotype.Component;

/** Names as the staff directory holds them: first and last name. */
@Component
class DirectoryStaffNames implements StaffNames {

    private final StaffMemberRepository staff;

    DirectoryStaffNames(StaffMemberRepository staff) {
        this.staff = staff;
    }

    @Override
    public Optional<String> nameOf(String staffId) {
        return staffId == null ? Optional.empty() : staff.findById(staffId).map(StaffMember::getFullName);
    }
}
