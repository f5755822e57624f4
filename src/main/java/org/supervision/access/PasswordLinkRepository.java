package org.supervision.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);

    List<PasswordLink> findByStaffIdAndUsedAtIsNull(String staffId);

    boolean existsByStaffIdAndPurpose(String staffId, LinkPurpose purpose);

    /** Marks the link used unless it already is: 1 for the one request that used it, 0 for any other. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PasswordLink l set l.usedAt = :now where l.id = :id and l.usedAt is null and l.expiresAt > :now")
    int use(@Param("id") Long id, @Param("now") Instant now);
}
