package org.supervision.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupSessionMemberRepository extends JpaRepository<GroupSessionMember, Long> {

    List<GroupSessionMember> findByStaffIdOrderByIdAsc(String staffId);

    boolean existsByGroupSessionIdAndStaffId(Long groupSessionId, String staffId);
}
