package org.supervision.appraisal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

    Optional<Appraisal> findByStaffIdAndPeriodAndYear(String staffId, AppraisalPeriod period, int year);

    List<Appraisal> findByStaffIdOrderByIdAsc(String staffId);

    List<Appraisal> findByStaffIdInOrderByIdAsc(Collection<String> staffIds);

    long countByPeriodAndYear(AppraisalPeriod period, int year);

    /**
     * The next staff active on the day, in id order after the given id. A launch walks the
     * directory this way rather than asking for "staff without an appraisal": while a launch
     * inserts thousands of appraisals, PostgreSQL's statistics still describe the table as it
     * was, and its plan for that anti-join then rescans the new appraisals for every person.
     */
    @Query("select s.id from StaffMember s where s.startDate <= :day and (s.leftOn is null or s.leftOn > :day)"
            + " and s.id > :after order by s.id")
    List<String> activeStaffAfter(@Param("day") LocalDate day, @Param("after") String after, Pageable page);

    @Query("select a.staffId from Appraisal a where a.staffId in :staffIds and a.period = :period and a.year = :year")
    Set<String> withAppraisal(@Param("staffIds") Collection<String> staffIds, @Param("period") AppraisalPeriod period,
                              @Param("year") int year);

    @Query("select count(s) from StaffMember s where s.startDate <= :day and (s.leftOn is null or s.leftOn > :day)")
    long activeStaff(@Param("day") LocalDate day);

    @Query("select count(a) from Appraisal a, StaffMember s where a.staffId = s.id and a.period = :period and a.year = :year"
            + " and s.startDate <= :day and (s.leftOn is null or s.leftOn > :day)")
    long launchedFor(@Param("day") LocalDate day, @Param("period") AppraisalPeriod period, @Param("year") int year);
}
