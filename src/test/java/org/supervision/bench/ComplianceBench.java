package org.supervision.bench;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * a postponement for one session in seven, two direct observations a year. Timed: the whole
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
        writeUsers();
        jdbc.execute("analyze");
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("staff_member", "supervision_session", "session_record", "session_postponement",
                "direct_observation")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        WebClient hr = WebClient.basic(port, "chr", PASSWORD);

        double[] organisation12 = timed(5, () -> check(hr.get("/api/compliance?organisation=all&period=12m"), "\"sessionsDue\""));
        int firstYear = today.getMonthValue() >= 4 ? today.getYear() - 2 : today.getYear() - 3;
        double[] threeYears = timed(3, () -> {
            for (int year = firstYear; year < firstYear + 3; year++) {
                check(hr.get("/api/compliance?organisation=all&period=year-" + year), "\"sessionsDue\"");
            }
        });
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
            if (i >= WARM_UP) {
                team.add(ms);
            }
        }
        double[] teamPage = percentiles(team);

        String setup = String.format(java.util.Locale.ROOT, "%,d staff, %,d sessions over 3 years, %,d records, %,d postponements,"
                + " %,d observations", counts.get("staff_member"), counts.get("supervision_session"), counts.get("session_record"),
                counts.get("session_postponement"), counts.get("direct_observation"));
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

    private static void check(HttpResponse<String> answer, String expected) {
        if (answer.statusCode() != 200 || !answer.body().contains(expected)) {
            throw new IllegalStateException("unexpected answer " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
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
