package org.supervision.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A staff member whose entry the LDAP sync reads, and the leaving date the sync set itself (disabled or removed account). */
@Entity
@Table(name = "ldap_staff_link")
class LdapStaffLink {

    @Id
    @Column(name = "staff_id")
    private String staffId;

    @Column(nullable = false)
    private String dn;

    @Column(name = "left_on_by_sync")
    private LocalDate leftOnBySync;

    protected LdapStaffLink() {
    }

    LdapStaffLink(String staffId, String dn, LocalDate leftOnBySync) {
        this.staffId = staffId;
        this.dn = dn;
        this.leftOnBySync = leftOnBySync;
    }

    String getStaffId() { return staffId; }
    String getDn() { return dn; }
    LocalDate getLeftOnBySync() { return leftOnBySync; }

    /** Only real changes are written (and so audited): a nightly sync that changes nothing writes nothing. */
    void update(String dn, LocalDate leftOnBySync) {
        if (!Objects.equals(this.dn, dn)) {
            this.dn = dn;
        }
        if (!Objects.equals(this.leftOnBySync, leftOnBySync)) {
            this.leftOnBySync = leftOnBySync;
        }
    }
}
