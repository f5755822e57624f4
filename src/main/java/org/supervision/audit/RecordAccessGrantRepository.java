package org.supervision.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordAccessGrantRepository extends JpaRepository<RecordAccessGrant, Long> {

    List<RecordAccessGrant> findByStaffIdOrderByGrantedAtDesc(String staffId);

    List<RecordAccessGrant> findByDirectorIdOrderByGrantedAtDesc(String directorId);

    List<RecordAccessGrant> findByStaffIdAndDirectorId(String staffId, String directorId);
}
