package org.supervision.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupervisionGroupRepository extends JpaRepository<SupervisionGroup, Long> {

    @Query("select g from SupervisionGroup g where :staffId member of g.memberIds order by g.id")
    List<SupervisionGroup> findByMember(@Param("staffId") String staffId);
}
