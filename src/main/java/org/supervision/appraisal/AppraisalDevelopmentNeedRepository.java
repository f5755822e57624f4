package org.supervision.appraisal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppraisalDevelopmentNeedRepository extends JpaRepository<AppraisalDevelopmentNeed, Long> {

    List<AppraisalDevelopmentNeed> findByStaffIdOrderByIdentifiedOnAsc(String staffId);

    List<AppraisalDevelopmentNeed> findByAppraisalIdOrderByIdAsc(Long appraisalId);
}
