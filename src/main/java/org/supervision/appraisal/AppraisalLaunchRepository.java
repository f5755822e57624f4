package org.supervision.appraisal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppraisalLaunchRepository extends JpaRepository<AppraisalLaunch, Long> {

    Optional<AppraisalLaunch> findFirstByPeriodAndYearOrderByIdDesc(AppraisalPeriod period, int year);
}
