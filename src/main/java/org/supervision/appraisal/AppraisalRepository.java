package org.supervision.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

    Optional<Appraisal> findByStaffIdAndPeriodAndYear(String staffId, AppraisalPeriod period, int year);

    List<Appraisal> findByStaffIdOrderByIdAsc(String staffId);

    long countByPeriodAndYear(AppraisalPeriod period, int year);

    /** Staff active on the day who have no appraisal for the period yet, in a stable order. */
    @Query("select s.id from StaffMember s where s.startDate <= :day and (s.leftOn is null or s.leftOn > :day)"
            + " and not exists (select a.id from Appraisal a where a.staffId = s.id and a.period = :period and a.year = :year)"
            + " order by s.id")
    List<String> staffWithoutAppraisal(@Param("day") LocalDate day, @Param("period") AppraisalPeriod period,
                                       @Param("year") int year, Pageable page);

    @Query("select count(s) from StaffMember s where s.startDate <= :day and (s.leftOn is null or s.leftOn > :day)")
    long activeStaff(@Param("day") LocalDate day);

    @Query("select count(a) from Appraisal a, StaffMember s where a.staffId = s.id and a.period = :period and a.year = :year"
            + " and s.startDate <= :day and (s.leftOn is null or s.leftOn > :day)")
    long launchedFor(@Param("day") LocalDate day, @Param("period") AppraisalPeriod period, @Param("year") int year);
}
