package org.supervision.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordAccessRepository extends JpaRepository<RecordAccess, Long> {

    List<RecordAccess> findBySubjectStaffIdOrderByIdAsc(String subjectStaffId);
}
