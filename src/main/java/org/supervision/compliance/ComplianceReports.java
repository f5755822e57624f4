package org.supervision.compliance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.shared.SupervisionClock;

/**
 * Puts a compliance report together: who is in the scope (today's line management; each
 * person's team on the period's last day or the day they left), their facts read in bulk,
 * each person's figures, and the sums for the scope and one level down. Access is checked
 * first ({@link ComplianceAccess}).
 */
@Service
public class ComplianceReports {

    private final JdbcTemplate jdbc;
    private final FactsReader facts;
    private final ComplianceRules rules;
    private final ComplianceAccess access;
    private final Snapshots snapshots;
    private final SupervisionClock clock;
    private final MonthDay policyYearStarts;

    ComplianceReports(JdbcTemplate jdbc, FactsReader facts, ComplianceRules rules, ComplianceAccess access,
                      Snapshots snapshots, SupervisionClock clock,
                      @Value("${supervision.compliance.policy-year-starts:04-01}") String policyYearStarts) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.rules = rules;
        this.access = access;
        this.snapshots = snapshots;
        this.clock = clock;
        this.policyYearStarts = MonthDay.parse("--" + policyYearStarts);
    }

    LocalDate today() {
        return clock.today();
    }

    MonthDay policyYearStarts() {
        return policyYearStarts;
    }

    List<Period> periods() {
        return Period.offered(clock.today(), policyYearStarts);
    }

    /**
     * A line manager's area over any stretch of days, as CSV (the page's columns): the figures
     * of an inspection evidence pack. The same access rule as the page.
     */
    @Transactional(readOnly = true)
    public String areaCsv(String viewer, String managerId, LocalDate from, LocalDate to) {
        return ComplianceExports.csv(report(viewer, new Scope(Scope.Kind.AREA, managerId), Period.between(from, to, clock.today())));
    }

    /** The figures of the scope for the period; no scope: the widest the person may see (their starting point). */
    @Transactional(readOnly = true)
    ComplianceReport report(String viewer, Scope asked, Period period) {
        Organisation organisation = Organisation.read(jdbc);
        Scope scope = asked == null ? access.home(viewer, organisation) : asked;
        if (scope.id() != null && !organisation.exists(scope.id())) {
            throw ComplianceProblem.notFound(scope.parameter(), "Nobody in the staff directory has the id " + scope.id());
        }
        if (!access.mayRead(viewer, scope, organisation, clock.today())) {
            throw ComplianceProblem.forbidden(refusal(scope, organisation));
        }
        List<Organisation.Person> people = members(scope, organisation, period);
        Set<String> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.id()));
        Facts read = facts.read(scope.kind() == Scope.Kind.ORGANISATION ? null : ids, period, rules.dueDaysBeforePeriod());
        Map<String, Figures> figures = new HashMap<>();
        for (Organisation.Person person : people) {
            figures.put(person.id(), rules.of(person.id(), person.leftOn(), read, period));
        }
        List<ComplianceReport.Row> rows = new ArrayList<>();
        List<ComplianceReport.Row> teams = new ArrayList<>();
        switch (scope.kind()) {
            case ORGANISATION -> {
                for (Organisation.Person top : organisation.tops(period)) {
                    Set<String> line = new LinkedHashSet<>(organisation.below(top.id()));
                    line.add(top.id());
                    rows.add(organisation.hasReports(top.id())
                            ? new ComplianceReport.Row(new Scope(Scope.Kind.AREA, top.id()), top.name() + " and everyone below them", sum(figures, line))
                            : personRow(top, figures));
                }
                teams.addAll(teamRows(organisation, ids, period, figures));
            }
            case AREA -> {
                for (Organisation.Person report : organisation.directReports(scope.id(), period)) {
                    Set<String> line = new LinkedHashSet<>(organisation.below(report.id()));
                    line.add(report.id());
                    rows.add(organisation.hasReports(report.id())
                            ? new ComplianceReport.Row(new Scope(Scope.Kind.AREA, report.id()), report.name() + " and everyone below them", sum(figures, line))
                            : personRow(report, figures));
                }
                Set<String> supervisors = new HashSet<>(ids);
                supervisors.add(scope.id());
                teams.addAll(teamRows(organisation, supervisors, period, figures));
            }
            case TEAM -> people.forEach(person -> rows.add(personRow(person, figures)));
            case PERSON -> { }
        }
        return new ComplianceReport(scope, title(scope, organisation), period, rules.toleranceWorkingDays(),
                sum(figures, figures.keySet()), rows, teams, snapshots.trend(scope, clock.today()));
    }

    /** A row per supervisor among these people with a team in the period, by name. */
    private List<ComplianceReport.Row> teamRows(Organisation organisation, Set<String> supervisorIds, Period period,
                                                Map<String, Figures> figures) {
        Map<String, List<Organisation.Person>> teams = organisation.teams(period);
        return teams.keySet().stream().filter(supervisorIds::contains).map(organisation::person)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Organisation.Person::lastName).thenComparing(Organisation.Person::name))
                .map(supervisor -> {
                    Set<String> team = new LinkedHashSet<>();
                    teams.get(supervisor.id()).forEach(p -> team.add(p.id()));
                    return new ComplianceReport.Row(new Scope(Scope.Kind.TEAM, supervisor.id()),
                            "Supervised by " + supervisor.name(), sum(figures, team));
                }).toList();
    }

    private static ComplianceReport.Row personRow(Organisation.Person person, Map<String, Figures> figures) {
        String name = person.leftOn() == null ? person.name() : person.name() + " (left)";
        return new ComplianceReport.Row(new Scope(Scope.Kind.PERSON, person.id()), name,
                figures.getOrDefault(person.id(), new Figures()));
    }

    private static Figures sum(Map<String, Figures> figures, Set<String> ids) {
        Figures total = new Figures();
        ids.forEach(id -> {
            Figures one = figures.get(id);
            if (one != null) {
                total.add(one);
            }
        });
        return total;
    }

    static List<Organisation.Person> members(Scope scope, Organisation organisation, Period period) {
        return switch (scope.kind()) {
            case ORGANISATION -> organisation.everyone(period);
            case AREA -> organisation.below(scope.id()).stream().map(organisation::person)
                    .filter(p -> p.activeIn(period)).toList();
            case TEAM -> organisation.team(scope.id(), period);
            case PERSON -> List.of(organisation.person(scope.id()));
        };
    }

    static String title(Scope scope, Organisation organisation) {
        return switch (scope.kind()) {
            case ORGANISATION -> "The whole organisation";
            case AREA -> "Everyone below " + organisation.name(scope.id()) + " in line management";
            case TEAM -> "Supervised by " + organisation.name(scope.id());
            case PERSON -> organisation.name(scope.id());
        };
    }

    private static String refusal(Scope scope, Organisation organisation) {
        return switch (scope.kind()) {
            case ORGANISATION -> "Only HR, directors and auditors can see the whole organisation's figures.";
            case AREA -> "You can see the figures of your own team and of the people below you in line management,"
                    + " not those of everyone below " + organisation.name(scope.id()) + ".";
            case TEAM -> "You can see the figures of your own team and of the people below you in line management,"
                    + " not those of the team supervised by " + organisation.name(scope.id()) + ".";
            case PERSON -> "You can see the figures of the people you supervise and of those below you in line management only.";
        };
    }
}
