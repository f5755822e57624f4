package org.supervision.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMember, String> {

    Optional<StaffMember> findByEmailIgnoreCase(String email);

    List<StaffMember> findByLineManagerId(String lineManagerId);

    List<StaffMember> findByLifecycleStartedOnIsNull();

    List<StaffMember> findByCategory(StaffCategory category);
}
