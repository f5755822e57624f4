package org.supervision.compliance;

import java.util.List;

/**
 * The figures a page, an export or the API shows: for the scope as a whole, for each part one
 * level down (areas, teams, people), and the monthly trend from the snapshots.
 *
 * @param scope     whose figures
 * @param title     how a page names the scope: "Everyone below Ruth Khan"
 * @param rows      one level down: the areas and people of an area, the people of a team
 * @param teams     the supervisors' teams inside an area or the organisation
 */
public record ComplianceReport(Scope scope, String title, Period period, int toleranceWorkingDays, Figures total,
                               List<Row> rows, List<Row> teams, List<TrendPoint> trend) {

    /** One line of a table, with the scope a link opens (none for a person on a person's page). */
    public record Row(Scope scope, String name, Figures figures) {
    }
}
