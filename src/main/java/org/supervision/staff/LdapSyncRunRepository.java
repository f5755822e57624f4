package org.supervision.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LdapSyncRunRepository extends JpaRepository<LdapSyncRun, Long> {

    Optional<LdapSyncRun> findFirstByOrderByIdDesc();
}
