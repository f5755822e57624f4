package org.supervision.staff;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupervisionRelationshipRepository extends JpaRepository<SupervisionRelationship, Long> {

    List<SupervisionRelationship> findBySuperviseeId(String superviseeId);

    List<SupervisionRelationship> findBySuperviseeIdAndType(String superviseeId, SupervisionType type);

    List<SupervisionRelationship> findBySupervisorId(String supervisorId);

    List<SupervisionRelationship> findBySupervisorIdIn(java.util.Collection<String> supervisorIds);

    /**
     * The supervisee's relationships of this type valid on the day whose supervisor is still
     * employed then, the latest to start first. One statement with a cached plan: routing
     * asks this on most task assignments and gateways.
     */
    @Query("select r from SupervisionRelationship r, StaffMember s where s.id = r.supervisorId"
            + " and r.superviseeId = :supervisee and r.type = :type"
            + " and r.validFrom <= :day and (r.validTo is null or r.validTo >= :day)"
            + " and (s.leftOn is null or s.leftOn >= :day)"
            + " order by r.validFrom desc, r.id")
    List<SupervisionRelationship> validWithActiveSupervisor(@Param("supervisee") String superviseeId,
                                                            @Param("type") SupervisionType type,
                                                            @Param("day") LocalDate day);
}
