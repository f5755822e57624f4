package org.supervision.compliance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.shared.SupervisionClock;

/**
 * The monthly snapshots ({@code compliance_snapshot}, V27 and V32): each person's figures for a
 * closed month, judged on its last day, with the supervisor whose team they were in that month
 * (on its last day, or the day they left) and their line of managers when the snapshot was
 * taken. A month once stored is never written again, so last year's trend does not change when
 * people leave or move. Weekly group casework is kept from V32 on; months stored before show it
 * as not kept rather than as not relied on. The trend of a scope adds up the stored rows that
 * were in it at the time.
 */
@Component
class Snapshots {

    /** How many closed months the trend shows, and the first run stores. */
    static final int MONTHS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private final JdbcTemplate jdbc;
    private final FactsReader facts;
    private final ComplianceRules rules;
    private final SupervisionClock clock;

    Snapshots(JdbcTemplate jdbc, FactsReader facts, ComplianceRules rules, SupervisionClock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Stores every closed month of the last {@value #MONTHS} that has no snapshot yet: normally
     * last month only; after installation, the year before too, with each month's team from the
     * dates of the supervision relationships (the line is today's: its history is not kept).
     */
    @Transactional
    public List<YearMonth> takeMissing() {
        YearMonth thisMonth = YearMonth.from(clock.today());
        List<YearMonth> taken = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            YearMonth month = thisMonth.minusMonths(back);
            if (!stored(month)) {
                take(month);
                taken.add(month);
            }
        }
        return taken;
    }

    boolean stored(YearMonth month) {
        Integer rows = jdbc.queryForObject("select count(*) from compliance_snapshot where month_starts_on = ?",
                Integer.class, Date.valueOf(month.atDay(1)));
        return rows != null && rows > 0;
    }

    void take(YearMonth month) {
        Period period = Period.month(month);
        Organisation organisation = Organisation.read(jdbc);
        Facts read = facts.read(null, period, rules.dueDaysBeforePeriod());
        Timestamp takenAt = Timestamp.from(clock.now());
        List<Object[]> rows = new ArrayList<>();
        for (Organisation.Person person : organisation.everyone(period)) {
            Figures f = rules.of(person.id(), person.leftOn(), read, period);
            List<String> line = organisation.line(person.id());
            rows.add(new Object[] {Date.valueOf(month.atDay(1)), person.id(),
                    organisation.supervisorOn(person.id(), person.placedOn(period)),
                    line.isEmpty() ? null : line.get(0), "/" + String.join("/", line) + (line.isEmpty() ? "" : "/"),
                    f.sessionsDue, f.sessionsOnTime, f.sessionsLate, f.sessionsMissed, f.postponedBySupervisor,
                    f.postponedBySupervisee, f.observationsRequired, f.observationsDone, f.agreementsInDate > 0,
                    f.recordsHeld, f.recordsConfirmed, f.disputesOpen, f.isGroupCaseworkReliedOn(), f.groupCaseworkHeld,
                    f.groupCaseworkAttended, takenAt});
        }
        jdbc.batchUpdate("insert into compliance_snapshot (month_starts_on, staff_id, supervisor_id, line_manager_id,"
                + " line_path, sessions_due, sessions_on_time, sessions_late, sessions_missed, postponed_by_supervisor,"
                + " postponed_by_supervisee, observations_required, observations_done, agreement_in_date, records_held,"
                + " records_confirmed, disputes_open, group_casework_relied, group_casework_held, group_casework_attended,"
                + " taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        LOG.info("Compliance snapshot of {} stored: {} people", month, rows.size());
    }

    /** The last {@value #MONTHS} closed months for the scope, oldest first; a month without a snapshot is left out. */
    List<TrendPoint> trend(Scope scope, LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        String where = switch (scope.kind()) {
            case ORGANISATION -> "";
            case AREA -> " and line_path like ?";
            case TEAM -> " and supervisor_id = ?";
            case PERSON -> " and staff_id = ?";
        };
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(thisMonth.minusMonths(MONTHS).atDay(1)));
        args.add(Date.valueOf(thisMonth.atDay(1)));
        if (scope.kind() == Scope.Kind.AREA) {
            args.add("%/" + scope.id() + "/%");
        } else if (scope.kind() != Scope.Kind.ORGANISATION) {
            args.add(scope.id());
        }
        Map<YearMonth, Figures> months = new LinkedHashMap<>();
        Map<YearMonth, Boolean> groupCaseworkKept = new LinkedHashMap<>();
        jdbc.query("select month_starts_on, count(*) as people, sum(sessions_due) as due, sum(sessions_on_time) as on_time,"
                + " sum(sessions_late) as late, sum(sessions_missed) as missed, sum(postponed_by_supervisor) as by_supervisor,"
                + " sum(postponed_by_supervisee) as by_supervisee, sum(observations_required) as obs_required,"
                + " sum(observations_done) as obs_done, sum(case when agreement_in_date then 1 else 0 end) as agreements,"
                + " sum(records_held) as held, sum(records_confirmed) as confirmed, sum(disputes_open) as disputes,"
                + " count(group_casework_relied) as gc_kept, sum(case when group_casework_relied then 1 else 0 end) as gc_people,"
                + " sum(case when group_casework_relied then group_casework_held else 0 end) as gc_held,"
                + " sum(case when group_casework_relied then group_casework_attended else 0 end) as gc_attended"
                + " from compliance_snapshot where month_starts_on >= ? and month_starts_on < ?" + where
                + " group by month_starts_on order by month_starts_on", rs -> {
            Figures f = new Figures();
            f.people = rs.getInt("people");
            f.sessionsDue = rs.getInt("due");
            f.sessionsOnTime = rs.getInt("on_time");
            f.sessionsLate = rs.getInt("late");
            f.sessionsMissed = rs.getInt("missed");
            f.postponedBySupervisor = rs.getInt("by_supervisor");
            f.postponedBySupervisee = rs.getInt("by_supervisee");
            f.observationsRequired = rs.getInt("obs_required");
            f.observationsDone = rs.getInt("obs_done");
            f.agreementsInDate = rs.getInt("agreements");
            f.recordsHeld = rs.getInt("held");
            f.recordsConfirmed = rs.getInt("confirmed");
            f.disputesOpen = rs.getInt("disputes");
            f.groupCaseworkPeople = rs.getInt("gc_people");
            f.groupCaseworkHeld = rs.getInt("gc_held");
            f.groupCaseworkAttended = rs.getInt("gc_attended");
            YearMonth month = YearMonth.from(rs.getDate("month_starts_on").toLocalDate());
            months.put(month, f);
            groupCaseworkKept.put(month, rs.getInt("gc_kept") > 0);
        }, args.toArray());
        return months.entrySet().stream()
                .map(e -> new TrendPoint(e.getKey(), e.getValue(), groupCaseworkKept.get(e.getKey()))).toList();
    }
}
