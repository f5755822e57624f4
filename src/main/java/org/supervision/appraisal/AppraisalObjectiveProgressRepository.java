package org.supervision.appraisal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppraisalObjectiveProgressRepository extends JpaRepository<AppraisalObjectiveProgress, Long> {

    List<AppraisalObjectiveProgress> findByAppraisalIdOrderByPositionAsc(Long appraisalId);
}
