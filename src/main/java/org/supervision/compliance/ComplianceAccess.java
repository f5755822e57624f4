package org.supervision.compliance;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.supervision.security.Roles;

/**
 * Who may see whose compliance figures. They are dates and counts, never what a record says,
 * so they follow the records policy's monitoring rule rather than its reading rule: line
 * managers monitor the quantity of supervision in their line, a supervisor their own
 * supervisees, and HR, directors and auditors (read-only evidence for inspection) the whole
 * organisation. A director needs no need-to-know grant for counts: the grant is for reading
 * records. Everyone may see their own.
 */
@Component
class ComplianceAccess {

    private final Roles roles;

    ComplianceAccess(Roles roles) {
        this.roles = roles;
    }

    boolean seesOrganisation(String viewer) {
        return roles.isHr(viewer) || roles.isDirector(viewer) || roles.isAuditor(viewer);
    }

    boolean mayRead(String viewer, Scope scope, Organisation organisation, LocalDate today) {
        if (seesOrganisation(viewer)) {
            return true;
        }
        return switch (scope.kind()) {
            case ORGANISATION -> false;
            case AREA, TEAM -> viewer.equals(scope.id()) || organisation.below(viewer).contains(scope.id());
            case PERSON -> viewer.equals(scope.id()) || organisation.below(viewer).contains(scope.id())
                    || organisation.supervises(viewer, scope.id(), today);
        };
    }

    /** Where a person's compliance page starts: the widest scope they may see. */
    Scope home(String viewer, Organisation organisation) {
        if (seesOrganisation(viewer)) {
            return Scope.ORGANISATION;
        }
        return organisation.hasReports(viewer) ? new Scope(Scope.Kind.AREA, viewer) : new Scope(Scope.Kind.TEAM, viewer);
    }
}
