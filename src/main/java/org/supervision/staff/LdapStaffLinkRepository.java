package org.supervision.staff;

import org.springframework.data.jpa.repository.JpaRepository;

interface LdapStaffLinkRepository extends JpaRepository<LdapStaffLink, String> {
}
