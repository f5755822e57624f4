package org.supervision.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads which figures a link or API call asks for: at most one of {@code area}, {@code team}
 * and {@code person} (none: the person's own starting point), and a {@code period}.
 */
final class ComplianceRequest {

    private ComplianceRequest() {
    }

    /** The scope named, or null when none is named. */
    static Scope scope(String organisation, String area, String team, String person) {
        List<Scope> named = new ArrayList<>();
        if (organisation != null) {
            named.add(Scope.ORGANISATION);
        }
        add(named, Scope.Kind.AREA, area);
        add(named, Scope.Kind.TEAM, team);
        add(named, Scope.Kind.PERSON, person);
        if (named.size() > 1) {
            throw ComplianceProblem.badField("area", "Ask for one of organisation, area, team or person, not several");
        }
        return named.isEmpty() ? null : named.get(0);
    }

    static Period period(ComplianceReports reports, String key) {
        return Period.parse(key, reports.today(), reports.policyYearStarts()).orElseThrow(() ->
                ComplianceProblem.badField("period", "The period must be 3m, 6m, 12m or year- followed by the year a"
                        + " policy year starts in that has begun, such as year-" + Period.policyYearOf(reports.today(),
                        reports.policyYearStarts(), reports.today()).from().getYear()));
    }

    private static void add(List<Scope> named, Scope.Kind kind, String id) {
        if (id == null) {
            return;
        }
        if (id.isBlank() || id.length() > 64) {
            throw ComplianceProblem.badField(kind.name().toLowerCase(java.util.Locale.ROOT),
                    "Give the staff id of the " + (kind == Scope.Kind.PERSON ? "person" : kind == Scope.Kind.TEAM
                            ? "supervisor" : "line manager") + " (up to 64 characters)");
        }
        named.add(new Scope(kind, id.trim()));
    }
}
