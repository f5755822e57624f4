package org.supervision.appraisal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    List<WorkPlan> findByStaffIdOrderByPlanNumberAsc(String staffId);

    /** The work plan in force: read for every appraisal a launch opens. */
    default Optional<WorkPlan> latestAgreed(String staffId) {
        return agreedNewestFirst(staffId, Limit.of(1)).stream().findFirst();
    }

    // JPQL rather than a derived query: Hibernate caches the plan of a query string, while a
    // derived query's criteria tree is translated to SQL again on every call
    @Query("select p from WorkPlan p where p.staffId = :staffId and p.agreedAt is not null order by p.planNumber desc")
    List<WorkPlan> agreedNewestFirst(String staffId, Limit limit);

    /** Every agreed plan of these people: a launch batch picks each one's newest. */
    @Query("select p from WorkPlan p where p.staffId in :staffIds and p.agreedAt is not null")
    List<WorkPlan> agreedOf(Collection<String> staffIds);
}
