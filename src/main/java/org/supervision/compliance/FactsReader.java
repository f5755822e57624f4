package org.supervision.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.supervision.shared.SupervisionClock;

/**
 * Reads the {@link Facts} of a period with a handful of plain SQL queries, for a few people
 * (their ids in chunks) or for everyone (one range scan per table): the organisation's figures
 * for 10,000 people must not cost 10,000 queries, nor a team's a scan of everyone's. Only
 * dates, states and counts are selected, never a text column.
 */
@Component
class FactsReader {

    /** Above this many people one scan of the period beats lists of ids. */
    private static final int BY_ID_LIMIT = 2000;
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;
    private final PolicyDueDates dueDates;

    FactsReader(NamedParameterJdbcTemplate jdbc, SupervisionClock clock, PolicyDueDates dueDates) {
        this.jdbc = jdbc;
        this.zone = clock.zone();
        this.dueDates = dueDates;
    }

    /** The facts of these people for the period; {@code null} people: everyone. */
    Facts read(Collection<String> people, Period period, int dueDaysBeforePeriod) {
        Map<String, List<Facts.Session>> sessions = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select staff_id, due_on, held_on, status from supervision_session"
                        + " where due_on between :dueFrom and :to and supervision_type <> 'GROUP'",
                (id, rs) -> add(sessions, id, new Facts.Session(date(rs, "due_on"), date(rs, "held_on"),
                        "ENDED".equals(rs.getString("status")))));

        Map<String, List<Facts.Postponement>> postponements = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select s.staff_id, p.recorded_at, p.requested_by from session_postponement p"
                        + " join supervision_session s on s.id = p.session_id"
                        + " where p.recorded_at >= :fromTime and p.recorded_at < :afterTime",
                (id, rs) -> add(postponements, id, new Facts.Postponement(day(rs, "recorded_at"),
                        "SUPERVISEE".equals(rs.getString("requested_by")))));

        Map<String, List<Facts.Observation>> observations = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select staff_id, planned_by, held_on, status from direct_observation"
                        + " where planned_by between :from and :to",
                // done as the policy counts it: observed, its feedback discussed at a session and signed by both
                (id, rs) -> add(observations, id, new Facts.Observation(date(rs, "planned_by"), date(rs, "held_on"),
                        "SIGNED".equals(rs.getString("status")))));

        Map<String, LocalDate> lastSigned = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select staff_id, max(signed_at) as last_signed from supervision_agreement"
                        + " where signed_at is not null and signed_at < :afterTime group by staff_id",
                (id, rs) -> lastSigned.put(id, day(rs, "last_signed")));

        Map<String, List<Facts.Held>> held = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select s.staff_id, s.held_on, min(case when r.status = 'CONFIRMED'"
                        + " then r.supervisee_confirmed_at end) as confirmed_at"
                        + " from supervision_session s left join session_record r on r.session_id = s.id"
                        + " where s.held_on between :from and :to and s.supervision_type <> 'GROUP'"
                        + " group by s.id, s.staff_id, s.held_on",
                (id, rs) -> add(held, id, new Facts.Held(date(rs, "held_on"), day(rs, "confirmed_at"))));

        Map<String, Integer> disputes = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select s.staff_id, count(*) as open_disputes from session_record r"
                        + " join supervision_session s on s.id = r.session_id"
                        + " where r.status = 'DISPUTED' and r.supervisee_statement_at < :afterTime group by s.staff_id",
                (id, rs) -> disputes.put(id, rs.getInt("open_disputes")));

        Map<String, List<Facts.Plan>> workPlans = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select staff_id, due_on, agreed_on from work_plan where due_on between :from and :to",
                (id, rs) -> add(workPlans, id, new Facts.Plan(date(rs, "due_on"), date(rs, "agreed_on"))));

        Map<String, List<Facts.Plan>> learningPlans = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select staff_id, due_on, agreed_on from learning_plan where due_on between :from and :to",
                (id, rs) -> add(learningPlans, id, new Facts.Plan(date(rs, "due_on"), date(rs, "agreed_on"))));

        // an appraisal's due date is in its appraisal_year, the year of its launch day
        Map<String, List<Facts.Appraisal>> appraisals = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select staff_id, period, appraisal_year, status, completed_at from appraisal"
                        + " where appraisal_year between :fromYear and :toYear",
                (id, rs) -> {
                    LocalDate dueOn = dueDates.appraisalDueOn(rs.getString("period"), rs.getInt("appraisal_year"));
                    if (period.contains(dueOn)) {
                        add(appraisals, id, new Facts.Appraisal(dueOn, day(rs, "completed_at"),
                                "ENDED_ON_LEAVING".equals(rs.getString("status"))));
                    }
                });

        // annual reviews held since a year before the period: enough to find each review due in it
        Map<String, LocalDate> planAgreed = new HashMap<>();
        Map<String, List<LocalDate>> reviewsHeld = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select p.staff_id, p.agreed_on, r.held_on from learning_plan p"
                        + " left join learning_plan_review r on r.plan_id = p.id and r.kind = 'ANNUAL_REVIEW'"
                        + " and r.held_on >= :reviewsFrom where p.agreed_on is not null and p.agreed_on <= :to",
                (id, rs) -> {
                    planAgreed.put(id, date(rs, "agreed_on"));
                    LocalDate reviewed = date(rs, "held_on");
                    if (reviewed != null) {
                        add(reviewsHeld, id, reviewed);
                    }
                });
        Map<String, List<Facts.Review>> learningReviews = new HashMap<>();
        planAgreed.forEach((id, agreedOn) -> {
            List<Facts.Review> reviews = dueDates.annualReviews(agreedOn, reviewsHeld.getOrDefault(id, List.of()), period);
            if (!reviews.isEmpty()) {
                learningReviews.put(id, reviews);
            }
        });

        // the latest agreement signed by then decides whether group casework is relied on, and which group
        Map<String, LocalDate> latestSigned = new HashMap<>();
        Map<String, Long> groupCasework = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select staff_id, signed_at, group_casework_group_id from supervision_agreement"
                        + " where signed_at is not null and signed_at < :afterTime",
                (id, rs) -> {
                    LocalDate signed = day(rs, "signed_at");
                    LocalDate latest = latestSigned.get(id);
                    if (latest == null || signed.isAfter(latest)) {
                        latestSigned.put(id, signed);
                        long group = rs.getLong("group_casework_group_id");
                        if (rs.wasNull()) {
                            groupCasework.remove(id);
                        } else {
                            groupCasework.put(id, group);
                        }
                    }
                });

        Map<String, List<Facts.GroupMark>> groupMarks = new HashMap<>();
        each(people, period, dueDaysBeforePeriod, "select m.staff_id, g.group_id, g.held_on, m.attended from group_session_member m"
                        + " join group_session g on g.id = m.group_session_id where g.held_on between :from and :to",
                (id, rs) -> add(groupMarks, id, new Facts.GroupMark(rs.getLong("group_id"), date(rs, "held_on"),
                        rs.getBoolean("attended"))));

        return new Facts(sessions, postponements, observations, lastSigned, held, disputes, workPlans,
                learningPlans, appraisals, learningReviews, groupCasework, groupMarks);
    }

    private interface Row {
        void accept(String staffId, ResultSet rs) throws SQLException;
    }

    /** Runs the query for everyone, or per chunk of ids (the {@code staff_id} filter added before any group by). */
    private void each(Collection<String> people, Period period, int dueDaysBeforePeriod, String sql, Row row) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("dueFrom", period.from().minusDays(dueDaysBeforePeriod))
                .addValue("from", period.from()).addValue("to", period.to())
                .addValue("fromYear", period.from().getYear()).addValue("toYear", period.to().getYear())
                .addValue("reviewsFrom", period.from().minusYears(1))
                .addValue("fromTime", Timestamp.from(period.from().atStartOfDay(zone).toInstant()))
                // judged as of asOf: nothing recorded after that day counts
                .addValue("afterTime", Timestamp.from(period.asOf().plusDays(1).atStartOfDay(zone).toInstant()));
        RowCallbackHandler handler = rs -> row.accept(rs.getString(1), rs);
        if (people == null || people.size() > BY_ID_LIMIT) {
            jdbc.query(sql, params, handler);
            return;
        }
        String column = sql.contains(" s.staff_id") ? "s.staff_id" : sql.contains(" m.staff_id") ? "m.staff_id"
                : sql.contains(" p.staff_id") ? "p.staff_id" : "staff_id";
        List<String> ids = new ArrayList<>(people);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            params.addValue("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)));
            jdbc.query(withIds(sql, column), params, handler);
        }
    }

    private static String withIds(String sql, String column) {
        int groupBy = sql.indexOf(" group by ");
        String filter = " and " + column + " in (:ids)";
        return groupBy < 0 ? sql + filter : sql.substring(0, groupBy) + filter + sql.substring(groupBy);
    }

    private static <T> void add(Map<String, List<T>> byPerson, String staffId, T fact) {
        byPerson.computeIfAbsent(staffId, id -> new ArrayList<>()).add(fact);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /** A timestamp as the organisation's calendar day. */
    private LocalDate day(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant().atZone(zone).toLocalDate();
    }
}
