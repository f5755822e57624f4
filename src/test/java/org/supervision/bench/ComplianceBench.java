package org.supervision.bench;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.SecurityGroups;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * Figure 9: supervision compliance for 10,000 staff with three years of history on
 * PostgreSQL. Written straight into the tables: a head, 30 service managers, supervisors with
 * teams of 9; every worker's agreement, a 1:1 session every 28 days for three years (one in
 * five held three days late, one in ten not held), records confirmed for the last 13 months,
 * a postponement for one session in seven, two direct observations a year; everyone's mid-year and
 * end-of-year appraisals, learning and development plan with its April reviews and current work
 * plan; weekly group casework for one team in ten, named in its members' agreements. Timed: the whole
 * organisation's figures for the last 12 months and for three years of policy years through
 * {@code GET /api/compliance} (HR), the first monthly snapshot run (12 months stored), and a
 * supervisor's team page {@code /compliance?team=…} over HTTP as a logged-in browser asks for it.
 */
final class ComplianceBench {

    private static final int STAFF = 10_000;
    private static final int MANAGERS = 30;
    private static final int TEAM = 9;
    private static final int SAMPLED = 30;
    private static final int WARM_UP = 50;
    private static final int REQUESTS = 300;
    private static final String PASSWORD = "bench-compliance-password";
    /** One team in this many meets weekly for group casework (about a tenth, as in the organisation modelled). */
    private static final int GROUP_CASEWORK_EVERY = 10;
    private static final Pattern APPRAISALS_DUE = Pattern.compile("id=\"appraisals\"[^>]*>\\s*\\d+ of (\\d+) due");

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private final AuditTrailBench.Rows rows;
    private final LocalDate today;
    private final List<String> supervisors = new ArrayList<>();

    ComplianceBench(ConfigurableApplicationContext app, AuditTrailBench.Rows rows) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.rows = rows;
        this.today = app.getBean(SupervisionClock.class).today();
    }

    Map<String, Object> run() throws Exception {
        long start = System.nanoTime();
        writeStaff();
        writeHistory();
        writeAppraisalsAndPlans();
        writeGroupCasework();
        writeUsers();
        jdbc.execute("analyze");
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("staff_member", "supervision_session", "session_record", "session_postponement",
                "direct_observation", "appraisal", "work_plan", "learning_plan", "supervision_group", "group_session",
                "group_session_member")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("annual_review", jdbc.queryForObject("select count(*) from learning_plan_review where kind = 'ANNUAL_REVIEW'",
                Long.class));
        counts.put("agreements_naming_group_casework", jdbc.queryForObject(
                "select count(*) from supervision_agreement where group_casework_group_id is not null", Long.class));
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        WebClient hr = WebClient.basic(port, "chr", PASSWORD);

        Map<String, String> answers = new LinkedHashMap<>();
        double[] organisation12 = timed(5, () -> answers.put("12m",
                check(hr.get("/api/compliance?organisation=all&period=12m"), "\"sessionsDue\"")));
        int firstYear = today.getMonthValue() >= 4 ? today.getYear() - 2 : today.getYear() - 3;
        double[] threeYears = timed(3, () -> {
            for (int year = firstYear; year < firstYear + 3; year++) {
                answers.put("year-" + year, check(hr.get("/api/compliance?organisation=all&period=year-" + year),
                        "\"sessionsDue\""));
            }
        });
        // what was timed must have read every kind of history, or the figure measures empty tables; the
        // agreements (signed in the last 14 months) and current work plans count in the last 12 months only
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            List<String> counted = new ArrayList<>(List.of("sessionsDue", "appraisalsDue", "learningReviewsDue"));
            if (answer.getKey().equals("12m")) {
                counted.addAll(List.of("workPlansDue", "groupCaseworkPeople", "groupCaseworkHeld"));
            }
            requireCounted(answer.getKey(), answer.getValue(), counted);
        }
        Object job = app.getBean("monthlySnapshots");
        long t = System.nanoTime();
        job.getClass().getMethod("run").invoke(job);
        double snapshotSeconds = (System.nanoTime() - t) / 1e9;
        long snapshotRows = jdbc.queryForObject("select count(*) from compliance_snapshot", Long.class);

        List<String> sampled = new ArrayList<>();
        for (int i = 0; i < SAMPLED; i++) {
            sampled.add(supervisors.get(i * supervisors.size() / SAMPLED));
        }
        Map<String, WebClient> browsers = new LinkedHashMap<>();
        for (String supervisor : sampled) {
            browsers.put(supervisor, WebClient.browser(port, supervisor, PASSWORD));
        }
        List<Double> team = new ArrayList<>();
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            String supervisor = sampled.get(i % sampled.size());
            long s = System.nanoTime();
            HttpResponse<String> page = browsers.get(supervisor).get("/compliance?team=" + supervisor + "&period=12m");
            double ms = (System.nanoTime() - s) / 1e6;
            check(page, "People in this team");
            requireAppraisalsDue(supervisor, page.body());
            if (i >= WARM_UP) {
                team.add(ms);
            }
        }
        double[] teamPage = percentiles(team);

        String setup = String.format(java.util.Locale.ROOT, "%,d staff, %,d sessions over 3 years, %,d records, %,d postponements,"
                + " %,d observations, %,d appraisals, %,d work plans, %,d learning plans with %,d annual reviews,"
                + " %,d group casework groups (%,d agreements naming one) with %,d sessions and %,d member marks",
                counts.get("staff_member"), counts.get("supervision_session"), counts.get("session_record"),
                counts.get("session_postponement"), counts.get("direct_observation"), counts.get("appraisal"),
                counts.get("work_plan"), counts.get("learning_plan"), counts.get("annual_review"),
                counts.get("supervision_group"), counts.get("agreements_naming_group_casework"), counts.get("group_session"),
                counts.get("group_session_member"));
        System.out.println("9 compliance set-up (" + String.format(java.util.Locale.ROOT, "%.0f s", setupSeconds) + "): " + setup);
        rows.row("9 compliance, whole organisation, last 12 months (API, median of 5)", "1", organisation12[0], "ms",
                String.format(java.util.Locale.ROOT, "max %.0f ms", organisation12[1]), setup);
        rows.row("9 compliance, whole organisation, three policy years (3 API calls, median of 3)", "1", threeYears[0], "ms",
                String.format(java.util.Locale.ROOT, "max %.0f ms", threeYears[1]), setup);
        rows.row("9 compliance, first monthly snapshot run (12 months stored)", "1", snapshotSeconds, "s",
                snapshotRows + " rows", setup);
        rows.row("9 compliance, a supervisor's team page /compliance?team= (p50)", "1", teamPage[0], "ms", "", setup);
        rows.row("9 compliance, a supervisor's team page /compliance?team= (p95)", "1", teamPage[1], "ms",
                String.format(java.util.Locale.ROOT, "max %.0f ms", teamPage[2]), setup);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("setupSeconds", setupSeconds);
        figures.put("counts", counts);
        figures.put("organisationLast12MonthsMedianMs", organisation12[0]);
        figures.put("organisationLast12MonthsMaxMs", organisation12[1]);
        figures.put("organisationLast12MonthsTotal", new ObjectMapper().readTree(answers.get("12m")).path("total"));
        figures.put("organisationThreePolicyYearsMedianMs", threeYears[0]);
        figures.put("firstSnapshotRunSeconds", snapshotSeconds);
        figures.put("snapshotRows", snapshotRows);
        figures.put("teamPageP50Ms", teamPage[0]);
        figures.put("teamPageP95Ms", teamPage[1]);
        figures.put("teamPageMaxMs", teamPage[2]);
        return figures;
    }

    private void writeStaff() {
        List<Object[]> staff = new ArrayList<>();
        List<Object[]> relationships = new ArrayList<>();
        staff.add(new Object[] {"chead", "Hana", "Head", "MANAGER", Date.valueOf("2012-04-02"), null});
        staff.add(new Object[] {"chr", "Helen", "Resources", "OTHER_STAFF", Date.valueOf("2014-09-01"), "chead"});
        for (int m = 0; m < MANAGERS; m++) {
            staff.add(new Object[] {"cm" + m, "Morgan", "Manager" + m, "MANAGER", Date.valueOf("2014-01-06"), "chead"});
        }
        int w = 0;
        for (int s = 0; staff.size() < STAFF; s++) {
            String supervisor = "cs" + s;
            staff.add(new Object[] {supervisor, "Sam", "Supervisor" + s, "ADVANCED_PRACTITIONER", Date.valueOf("2015-01-05"),
                "cm" + (s % MANAGERS)});
            supervisors.add(supervisor);
            for (int k = 0; k < TEAM && staff.size() < STAFF; k++, w++) {
                staff.add(new Object[] {"cw" + w, "Worker", "Number" + w, "SOCIAL_WORKER",
                    Date.valueOf(LocalDate.of(2016, 1, 4).plusDays((w * 37L) % 2900)), supervisor});
                relationships.add(new Object[] {"cw" + w, supervisor});
            }
        }
        jdbc.batchUpdate("insert into staff_member (id, first_name, last_name, email, category, start_date, hours_per_week,"
                + " line_manager_id) values (?, ?, ?, ? || '@example.org', ?, ?, 37, ?)",
                staff.stream().map(r -> new Object[] {r[0], r[1], r[2], r[0], r[3], r[4], r[5]}).toList());
        jdbc.batchUpdate("insert into supervision_relationship (supervisee_id, supervisor_id, type, valid_from)"
                + " values (?, ?, 'MANAGEMENT', date '2015-01-05')", relationships);
    }

    private void writeHistory() {
        Date day = Date.valueOf(today);
        jdbc.update("insert into supervision_agreement (staff_id, supervisor_id, status, agreement_version, frequency_days,"
                + " signed_at) select supervisee_id, supervisor_id, 'SIGNED', 1, 28,"
                + " cast(cast(? as date) - 30 - (id % 400)::int as timestamp) from supervision_relationship", day);
        // a session every 28 days for three years up to the next one due
        jdbc.update("insert into supervision_session (staff_id, supervision_type, sequence_number, agreement_id, due_on,"
                + " status, held_on)"
                + " select a.staff_id, 'MANAGEMENT', k, a.id, d.due,"
                + " case when d.due > cast(? as date) then 'DUE' when (a.id + k) % 10 = 0 then 'BOOKED' else 'HELD' end,"
                + " case when d.due > cast(? as date) or (a.id + k) % 10 = 0 then null"
                + " when (a.id + k) % 5 = 1 then d.due + 3 else d.due end"
                + " from supervision_agreement a cross join generate_series(0, 40) k"
                + " cross join lateral (select cast(? as date) - 1095 + k * 28 + (a.id % 28)::int as due) d"
                + " where d.due <= cast(? as date) + 28", day, day, day, day);
        jdbc.update("insert into session_record (session_id, record_version, supportive, management, educational, mediation,"
                + " decisions, agreements, recorded_by, recorded_at, status, supervisee_confirmed_by, supervisee_confirmed_at)"
                + " select s.id, 1, 'x', 'x', 'x', 'x', 'x', 'x', 'bench', cast(s.held_on as timestamp),"
                + " case when s.id % 30 = 0 then 'AWAITING_CONFIRMATION' else 'CONFIRMED' end, s.staff_id,"
                + " case when s.id % 30 = 0 then null else cast(s.held_on + 2 as timestamp) end"
                + " from supervision_session s where s.held_on >= cast(? as date) - 400", day);
        jdbc.update("insert into session_postponement (session_id, kind, requested_by, reason, previously_starts_at,"
                + " recorded_by, recorded_at, rebook_by)"
                + " select id, 'POSTPONED', case when id % 2 = 0 then 'SUPERVISOR' else 'SUPERVISEE' end, 'x',"
                + " cast(due_on as timestamp), 'bench', cast(due_on - 2 as timestamp), due_on + 5"
                + " from supervision_session where id % 7 = 0 and due_on <= cast(? as date)", day);
        jdbc.update("insert into direct_observation (staff_id, agreement_id, year_starts_on, sequence_in_year, required_in_year,"
                + " planned_by, status, held_on)"
                + " select a.staff_id, a.id, cast(? as date) - 1095 + (k / 2) * 365, k % 2 + 1, 2, d.planned,"
                + " case when d.planned <= cast(? as date) and (a.id + k) % 6 <> 0 then 'SIGNED' else 'PLANNED' end,"
                + " case when d.planned <= cast(? as date) and (a.id + k) % 6 <> 0 then d.planned - 10 end"
                + " from supervision_agreement a cross join generate_series(0, 5) k"
                + " cross join lateral (select cast(? as date) - 1095 + k * 182 + (a.id % 90)::int as planned) d",
                day, day, day, day);
    }

    /**
     * Everyone but the head, over the same three years: a current work plan (opened in the last
     * year, due a month later, one in ten agreed late, one in 40 not agreed); the mid-year and
     * end-of-year appraisal of every launch since the history began (one in eight completed
     * late, one in 25 left unfinished with the supervisor); a learning and development plan,
     * due three months after joining or after the history began, with its first review and an
     * annual review each April after it was agreed (one in eight held late, one in 12 not held).
     * Line managers appraise, agree and review; their own managers moderate.
     */
    private void writeAppraisalsAndPlans() {
        Date day = Date.valueOf(today);
        Date start = Date.valueOf(today.minusDays(1095));
        String people = "(select m.id, m.line_manager_id, m.category, m.start_date,"
                + " coalesce(lm.line_manager_id, lm.id) as senior_id, row_number() over (order by m.id) as n"
                + " from staff_member m join staff_member lm on lm.id = m.line_manager_id) p";
        jdbc.update("insert into work_plan (staff_id, plan_number, opened_on, due_on, agreed_on, agreed_by, agreed_at, version)"
                + " select p.id, 1, w.opened, w.due, a.agreed, case when a.agreed is not null then p.line_manager_id end,"
                + " a.agreed + time '11:00', 0 from " + people
                + " cross join lateral (select cast(? as date) - 14 - (p.n * 7 % 330)::int as opened) o"
                + " cross join lateral (select o.opened, cast(o.opened + interval '1 month' as date) as due) w"
                + " cross join lateral (select case when p.n % 40 = 0 then null"
                + " when p.n % 10 = 3 then w.due + 5 + (p.n % 20)::int else w.opened + 7 + (p.n % 20)::int end as planned) x"
                + " cross join lateral (select case when x.planned <= cast(? as date) then x.planned end as agreed) a",
                day, day);

        // one appraisal per launch: END_OF_YEAR on 1 March, MID_YEAR on 1 September, due by the end of that month
        jdbc.update("insert into appraisal (staff_id, period, appraisal_year, work_plan_id, status, launched_at,"
                + " self_assessment, self_appraised_at, supervisor_id, strengths, pcf_level, recommendation,"
                + " supervisor_appraised_at, performance_concern, meeting_held_on, meeting_notes, supervisor_signed_by,"
                + " supervisor_signed_at, supervisee_signed_at, moderated_by, moderated_at, moderation, outcome,"
                + " completed_at, version)"
                + " select p.id, k.period, y, w.id,"
                + " case when f.completed is not null then 'COMPLETED' when f.self_appraised is null then 'SELF_APPRAISAL'"
                + " else 'SUPERVISOR_APPRAISAL' end,"
                + " c.launch + time '07:00', case when f.self_appraised is not null then 'x' end, f.self_appraised + time '10:00',"
                + " p.line_manager_id, case when f.completed is not null then 'x' end,"
                + " case when f.completed is null then null when p.category = 'SOCIAL_WORKER' then 'SW'"
                + " when p.category = 'ADVANCED_PRACTITIONER' then 'AP' end,"
                + " case when f.completed is not null then case when p.n % 3 = 0 then 'NONE' else 'INCREMENTAL' end end,"
                + " f.completed - 7 + time '14:00', false, f.completed - 5, case when f.completed is not null then 'x' end,"
                + " case when f.completed is not null then p.line_manager_id end, f.completed - 4 + time '09:00',"
                + " f.completed - 3 + time '09:00', case when f.completed is not null then p.senior_id end,"
                + " f.completed + time '12:00', case when f.completed is not null then 'AGREED' end,"
                + " case when f.completed is not null then case when p.n % 3 = 0 then 'NONE' else 'INCREMENTAL' end end,"
                + " f.completed + time '12:00', 0"
                + " from " + people
                + " cross join generate_series(extract(year from cast(? as date))::int, extract(year from cast(? as date))::int) y"
                + " cross join (values ('END_OF_YEAR', 3), ('MID_YEAR', 9)) k(period, month)"
                + " cross join lateral (select make_date(y, k.month, 1) as launch,"
                + " cast(make_date(y, k.month, 1) + interval '1 month' - interval '1 day' as date) as due) c"
                + " cross join lateral (select case when (p.n + y + k.month) % 25 = 0 then null"
                + " when (p.n * 3 + y + k.month) % 8 = 0 then c.due + 5 + (p.n % 40)::int"
                + " else c.due - (p.n % 16)::int end as planned) d"
                + " cross join lateral (select case when d.planned <= cast(? as date) then d.planned end as completed,"
                + " case when c.launch + 3 + (p.n % 4)::int <= cast(? as date) then c.launch + 3 + (p.n % 4)::int end"
                + " as self_appraised) f"
                + " left join work_plan w on w.staff_id = p.id and w.opened_on <= c.launch"
                + " where c.launch > cast(? as date) and c.launch <= cast(? as date)",
                start, day, day, day, start, day);
        // the product takes appraisal ids from its own sequence (V12): start it after the rows written here
        jdbc.queryForObject("select setval('appraisal_seq', (select coalesce(max(id), 0) + 1 from appraisal), false)",
                Long.class);

        jdbc.update("insert into learning_plan (staff_id, due_on, agreed_on, agreed_by, version)"
                + " select p.id, l.due, case when p.n % 50 = 7 then null when p.n % 15 = 4 then l.due + 10 + (p.n % 30)::int"
                + " else l.due - (p.n % 30)::int end, case when p.n % 50 = 7 then null else p.line_manager_id end, 0"
                + " from " + people
                + " cross join lateral (select greatest(p.start_date, cast(? as date)) + 91 as due) l",
                start);
        jdbc.update("insert into learning_plan_review (plan_id, kind, held_on, recorded_by, supervisee_agreed, notes)"
                + " select id, 'INITIAL', agreed_on, agreed_by, true, 'x' from learning_plan where agreed_on is not null");
        // the annual review is due by 30 April (15 April plus 15 days)
        jdbc.update("insert into learning_plan_review (plan_id, kind, held_on, recorded_by, supervisee_agreed, notes)"
                + " select l.id, 'ANNUAL_REVIEW', r.held, l.agreed_by, true, 'x'"
                + " from learning_plan l cross join generate_series(extract(year from cast(? as date))::int,"
                + " extract(year from cast(? as date))::int) y"
                + " cross join lateral (select case when (l.id + y) % 8 = 3 then make_date(y, 5, 1) + ((l.id + y) % 45)::int"
                + " else make_date(y, 4, 15) + ((l.id + y) % 15)::int end as held) r"
                + " where l.agreed_on < make_date(y, 4, 15) and (l.id * 5 + y) % 12 <> 0 and r.held <= cast(? as date)",
                start, day, day);
        jdbc.update("update learning_plan l set last_reviewed_on = r.held_on, last_reviewed_by = l.agreed_by"
                + " from (select plan_id, max(held_on) as held_on from learning_plan_review group by plan_id) r"
                + " where r.plan_id = l.id");
    }

    /**
     * Weekly group casework for one team in ten since the history began: the supervisor
     * facilitates, the team are its members and their agreements name it; every past week's
     * session recorded, each member marked (one mark in nine absent), the next one booked.
     */
    private void writeGroupCasework() {
        Date day = Date.valueOf(today);
        Date start = Date.valueOf(today.minusDays(1095));
        jdbc.update("insert into supervision_group (name, kind, meets, facilitator_id, first_session_on, set_up_by, set_up_at,"
                + " version)"
                + " select 'Group casework, team of ' || first_name || ' ' || last_name, 'GROUP_CASEWORK', 'WEEKLY', id,"
                + " cast(? as date) + (substr(id, 3)::int % 7), id, cast(? as date) - 14 + time '10:00', 0"
                + " from staff_member where id like 'cs%' and substr(id, 3)::int % ? = 0",
                start, start, GROUP_CASEWORK_EVERY);
        jdbc.update("insert into supervision_group_member (group_id, staff_id)"
                + " select g.id, r.supervisee_id from supervision_group g"
                + " join supervision_relationship r on r.supervisor_id = g.facilitator_id");
        jdbc.update("update supervision_agreement a set group_casework_supervision = true, group_casework_group_id = m.group_id"
                + " from supervision_group_member m where m.staff_id = a.staff_id");
        jdbc.update("insert into group_session (group_id, due_on, status, booked_at, place, held_on, themes_discussed,"
                + " shared_learning, group_actions, recorded_by, recorded_at, version)"
                + " select g.id, s.due, case when s.due < cast(? as date) then 'RECORDED' else 'BOOKED' end,"
                + " s.due - 7 + time '10:00', 'Team room',"
                + " case when s.due < cast(? as date) then s.due end, case when s.due < cast(? as date) then 'x' end,"
                + " case when s.due < cast(? as date) then 'x' end, case when s.due < cast(? as date) then 'x' end,"
                + " case when s.due < cast(? as date) then g.facilitator_id end,"
                + " case when s.due < cast(? as date) then s.due + time '16:00' end, 0"
                + " from supervision_group g cross join generate_series(0, 160) k"
                + " cross join lateral (select g.first_session_on + k * 7 as due) s"
                + " where s.due < cast(? as date) + 7",
                day, day, day, day, day, day, day, day);
        jdbc.update("insert into group_session_member (group_session_id, staff_id, attended, recorded_by, recorded_at)"
                + " select s.id, m.staff_id, (s.id + substr(m.staff_id, 3)::int) % 9 <> 0, s.recorded_by, s.recorded_at"
                + " from group_session s join supervision_group_member m on m.group_id = s.group_id"
                + " where s.status = 'RECORDED'");
    }

    /** HR's user and the sampled supervisors', with the groups the product checks. */
    private void writeUsers() {
        SecurityGroups groups = app.getBean(SecurityGroups.class);
        List<String> users = new ArrayList<>(List.of("chr"));
        for (int i = 0; i < SAMPLED; i++) {
            users.add(supervisors.get(i * supervisors.size() / SAMPLED));
        }
        for (String group : groups.all()) {
            jdbc.update("insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) values (?, 1, ?, 'WORKFLOW') on conflict do nothing",
                    group, group);
        }
        for (String user : users) {
            jdbc.update("insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_) select id, 1, first_name, last_name, email"
                    + " from staff_member where id = ?", user);
            jdbc.update("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (?, ?)", user, groups.staff());
        }
        jdbc.update("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values ('chr', ?)", groups.hr());
        Teams.logins(app.getBean(IdentityService.class), PASSWORD, users.toArray(String[]::new));
    }

    private static String check(HttpResponse<String> answer, String expected) {
        if (answer.statusCode() != 200 || !answer.body().contains(expected)) {
            throw new IllegalStateException("unexpected answer " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return answer.body();
    }

    /** Each of these counts in the organisation's total must be above 0. */
    private static void requireCounted(String period, String json, List<String> counts) {
        try {
            JsonNode total = new ObjectMapper().readTree(json).path("total");
            for (String count : counts) {
                if (total.path(count).asInt() <= 0) {
                    throw new IllegalStateException("the organisation's figures for " + period + " count no " + count
                            + ": " + total);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the organisation's figures for " + period + " are not JSON", e);
        }
    }

    /** The team page's appraisals line, "7 of 18 due …", must count some due. */
    private static void requireAppraisalsDue(String supervisor, String page) {
        Matcher due = APPRAISALS_DUE.matcher(page);
        if (!due.find() || Integer.parseInt(due.group(1)) == 0) {
            throw new IllegalStateException("the team page of " + supervisor + " shows no appraisals due");
        }
    }

    /** Median and maximum in milliseconds of {@code times} runs after one warm-up run. */
    private static double[] timed(int times, Runnable action) {
        action.run();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            action.run();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return new double[] {millis.get(millis.size() / 2), millis.get(millis.size() - 1)};
    }

    private static double[] percentiles(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
            sorted.get(sorted.size() - 1)};
    }
}
