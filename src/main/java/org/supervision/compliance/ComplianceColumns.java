package org.supervision.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The columns of the exports, by the words a manager uses, with where each value comes from. */
final class ComplianceColumns {

    static final Map<String, Function<Figures, Object>> FIGURES = figures();

    private ComplianceColumns() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("Level", "Who"));
        header.addAll(FIGURES.keySet());
        return header;
    }

    static List<Object> row(String level, String who, Figures figures) {
        List<Object> row = new ArrayList<>(List.of(level, who));
        FIGURES.values().forEach(value -> row.add(value.apply(figures)));
        return row;
    }

    /** The table's rows: the scope as a whole first, then one level down, then the teams. */
    static List<List<Object>> rows(ComplianceReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("All", report.title(), report.total()));
        report.rows().forEach(r -> rows.add(row(level(r.scope()), r.name(), r.figures())));
        report.teams().forEach(r -> rows.add(row("Team", r.name(), r.figures())));
        return rows;
    }

    static String level(Scope scope) {
        return switch (scope.kind()) {
            case ORGANISATION -> "Organisation";
            case AREA -> "Area";
            case TEAM -> "Team";
            case PERSON -> "Person";
        };
    }

    private static Map<String, Function<Figures, Object>> figures() {
        Map<String, Function<Figures, Object>> columns = new LinkedHashMap<>();
        columns.put("People", Figures::getPeople);
        columns.put("1:1 sessions due", Figures::getSessionsDue);
        columns.put("Held on time", Figures::getSessionsOnTime);
        columns.put("Held late", Figures::getSessionsLate);
        columns.put("Missed", Figures::getSessionsMissed);
        columns.put("Held on time (%)", Figures::onTimePercent);
        columns.put("Postponed or cancelled at the supervisor's request", Figures::getPostponedBySupervisor);
        columns.put("Postponed or cancelled at the supervisee's request", Figures::getPostponedBySupervisee);
        columns.put("Direct observations required", Figures::getObservationsRequired);
        columns.put("Direct observations done", Figures::getObservationsDone);
        columns.put("Agreements in date", Figures::getAgreementsInDate);
        columns.put("Sessions held", Figures::getRecordsHeld);
        columns.put("Records confirmed", Figures::getRecordsConfirmed);
        columns.put("Disputes open", Figures::getDisputesOpen);
        columns.put("Work plans due", Figures::getWorkPlansDue);
        columns.put("Work plans agreed on time", Figures::getWorkPlansOnTime);
        columns.put("Learning plans due", Figures::getLearningPlansDue);
        columns.put("Learning plans agreed on time", Figures::getLearningPlansOnTime);
        columns.put("Appraisals due", Figures::getAppraisalsDue);
        columns.put("Appraisals completed on time", Figures::getAppraisalsOnTime);
        columns.put("Appraisals completed late", Figures::getAppraisalsLate);
        columns.put("Appraisals not completed", Figures::getAppraisalsNotCompleted);
        columns.put("Appraisals completed on time (%)", Figures::getAppraisalsOnTimePercent);
        columns.put("Learning plan annual reviews due", Figures::getLearningReviewsDue);
        columns.put("Learning plan annual reviews held on time", Figures::getLearningReviewsOnTime);
        columns.put("Learning plan annual reviews held late", Figures::getLearningReviewsLate);
        columns.put("Learning plan annual reviews not held", Figures::getLearningReviewsNotHeld);
        // blank for whoever does not rely on weekly group casework, rather than a misleading 0 of 0
        columns.put("People relying on weekly group casework", Figures::getGroupCaseworkPeople);
        columns.put("Group casework sessions held", Figures::getGroupCaseworkHeld);
        columns.put("Group casework sessions attended", Figures::getGroupCaseworkAttended);
        columns.put("Group casework attended (%)", Figures::getGroupCaseworkAttendedPercent);
        return columns;
    }
}
