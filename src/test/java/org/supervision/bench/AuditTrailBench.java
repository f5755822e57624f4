package org.supervision.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.audit.TimelineEntry;
import org.supervision.audit.TrailForBenchmark;

/**
 * Figure 5: the auditor's trail over three years of history for 250, 500 and 1,000 staff.
 * One template staff member lives the three years through the engine ({@link TemplateHistory});
 * the data set then grows by SQL copies of that history ({@link HistoryCloner}) and the trail
 * query is timed for random staff at each size. EXPLAIN ANALYZE of the statements behind the
 * trail at the largest size shows which indexes they use.
 */
final class AuditTrailBench {

    interface Rows {
        void row(String figure, String threads, double value, String unit, String ratio, String setup);
    }

    private static final int[] SIZES = {250, 500, 1000};
    private static final int WARM_UP = 300;
    private static final int QUERIES = 300;

    private final ApplicationContext app;
    private final JdbcTemplate jdbc;
    private final Rows rows;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Random random = new Random(5);

    AuditTrailBench(ApplicationContext app, Rows rows) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.rows = rows;
    }

    Map<String, Object> run() {
        long start = System.nanoTime();
        TemplateHistory.Summary lived = new TemplateHistory(app).live(LocalDate.of(2024, 9, 2), LocalDate.of(2027, 8, 31),
                LocalDate.of(2025, 11, 17));
        ClockUtil.reset();
        double templateSeconds = (System.nanoTime() - start) / 1e9;
        TrailForBenchmark trail = new TrailForBenchmark(app);
        List<TimelineEntry> template = trail.trail(TemplateHistory.WORKER);
        HistoryCloner cloner = new HistoryCloner(jdbc);
        Map<String, Long> perStaff = cloner.templateRows();
        Map<String, Object> templateFigures = new LinkedHashMap<>();
        templateFigures.put("from", lived.from().toString());
        templateFigures.put("to", lived.to().toString());
        templateFigures.put("taskCompletions", lived.completions());
        templateFigures.put("seconds", templateSeconds);
        templateFigures.put("trailEntries", template.size());
        templateFigures.put("entriesByKind", byKind(template));
        templateFigures.put("instancesByProcess", jdbc.queryForList("select proc_def_key_ || ': ' || count(*) from act_hi_procinst"
                + " where business_key_ = ? group by proc_def_key_ order by 1", String.class, TemplateHistory.WORKER));
        templateFigures.put("rowsPerStaff", perStaff);
        templateFigures.put("tasksLeftRefused", lived.refused().values());
        figures.put("template", templateFigures);
        System.out.printf("template: %d trail entries, %d task completions in %.0f s, rows %s, refused %s%n", template.size(),
                lived.completions(), templateSeconds, perStaff, lived.refused().values());

        String setupBase = String.format(Locale.ROOT, "one template social worker lived %s to %s through the engine and"
                        + " product (%d task completions: agreement, monthly sessions, 6 appraisals, work and learning plans,"
                        + " one conflict; %d trail entries), copied in SQL per staff member (%s rows each; audit_log copies"
                        + " get fresh ids but the template's hashes, so the chain does not verify past the template);"
                        + " VACUUM ANALYZE after each top-up (as autovacuum leaves history that is months old);"
                        + " trail as AuditTrailQuery.trail(staffId), %d random staff after %d warm-up",
                lived.from(), lived.to(), lived.completions(), template.size(), perStaff, QUERIES, WARM_UP);
        List<String> staff = new ArrayList<>();
        Map<Integer, double[]> bySize = new LinkedHashMap<>();
        for (int size : SIZES) {
            List<String> batch = new ArrayList<>();
            while (staff.size() + batch.size() < size) {
                batch.add(String.format(Locale.ROOT, "%s-%04d", TemplateHistory.WORKER, staff.size() + batch.size() + 1));
            }
            long t = System.nanoTime();
            cloner.cloneFor(batch);
            double cloneSeconds = (System.nanoTime() - t) / 1e9;
            staff.addAll(batch);
            check(template, trail.trail(batch.get(random.nextInt(batch.size()))));
            double[] p = percentiles(trail, staff);
            bySize.put(size, p);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("staff", size);
            one.put("copySeconds", cloneSeconds);
            one.put("historicActivityInstances", jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class));
            one.put("auditLogRows", jdbc.queryForObject("select count(*) from audit_log", Long.class));
            one.put("p50Ms", p[0]);
            one.put("p95Ms", p[1]);
            figures.put("staff" + size, one);
            String setup = String.format(Locale.ROOT, "%s; %,d staff with history (+ the template), %,d historic activity"
                    + " instances, %,d audit_log rows; top-up copied in %.0f s", setupBase, size,
                    one.get("historicActivityInstances"), one.get("auditLogRows"), cloneSeconds);
            rows.row(String.format(Locale.ROOT, "5 auditor trail p50, %,d staff", size), "1 thread", p[0], "ms", "", setup);
            rows.row(String.format(Locale.ROOT, "5 auditor trail p95, %,d staff", size), "1 thread", p[1], "ms",
                    size == 1000 ? (p[1] <= 50 ? "goal ≤ 50 ms met" : "goal ≤ 50 ms NOT met") : "", setup);
        }
        double growth = bySize.get(1000)[1] / bySize.get(250)[1];
        figures.put("p95Growth250To1000", growth);
        rows.row("5 auditor trail p95 growth 250 → 1,000 staff", "-", growth, "×",
                growth <= 1.5 ? "goal ≤ 1.5× met" : "goal ≤ 1.5× NOT met", "p95 at 1,000 staff / p95 at 250 staff, same run");
        figures.put("explain", new TrailPlans(jdbc).explain(staff.get(random.nextInt(staff.size())), rows));
        return figures;
    }

    private double[] percentiles(TrailForBenchmark trail, List<String> staff) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + QUERIES; i++) {
            String who = staff.get(random.nextInt(staff.size()));
            long t = System.nanoTime();
            trail.trail(who);
            double ms = (System.nanoTime() - t) / 1e6;
            if (i >= WARM_UP) {
                millis.add(ms);
            }
        }
        Collections.sort(millis);
        return new double[] {millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1)};
    }

    /**
     * A copy's trail must hold the template's entries: same times and kinds, same count. Entries
     * at the same instant may come in another order, as the copies' ids sort differently.
     */
    private static void check(List<TimelineEntry> template, List<TimelineEntry> copy) {
        List<String> expected = template.stream().map(e -> e.at() + " " + e.kind()).sorted().toList();
        List<String> actual = copy.stream().map(e -> e.at() + " " + e.kind()).sorted().toList();
        if (!expected.equals(actual)) {
            throw new IllegalStateException("a copy's trail has " + copy.size() + " entries " + byKind(copy)
                    + ", the template's " + template.size() + " " + byKind(template));
        }
    }

    private static Map<String, Long> byKind(List<TimelineEntry> entries) {
        Map<String, Long> kinds = new java.util.TreeMap<>();
        entries.forEach(e -> kinds.merge(e.kind(), 1L, Long::sum));
        return kinds;
    }

    /**
     * EXPLAIN ANALYZE of the statements the trail issues, for one instance each: Camunda's
     * (as its MyBatis mappings give them) and the trail's own SQL for links, variables and decisions.
     */
    static final class TrailPlans {

        private static final Pattern INDEX = Pattern.compile("(Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)?"
                + " (?:using|on) (\\S+)");
        private static final Pattern SEQ = Pattern.compile("Seq Scan on (\\S+)");
        private static final Pattern TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");
        private static final String ALL = " LIMIT 2147483647 OFFSET 0";

        private final JdbcTemplate jdbc;

        TrailPlans(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        Map<String, Object> explain(String staffId, Rows rows) {
            String cycle = jdbc.queryForObject("select id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ ="
                    + " 'supervision-session'", String.class, staffId);
            String decided = jdbc.queryForObject("select min(proc_inst_id_) from act_hi_decinst where proc_inst_id_ in"
                    + " (select id_ from act_hi_procinst where business_key_ = ?)", String.class, staffId);
            Map<String, String> statements = new LinkedHashMap<>();
            statements.put("process instances by business key", "select RES.*, DEF.NAME_ from ACT_HI_PROCINST RES left join"
                    + " ACT_RE_PROCDEF DEF on RES.PROC_DEF_ID_ = DEF.ID_ where RES.BUSINESS_KEY_ = '" + staffId + "'"
                    + " order by RES.START_TIME_ asc" + ALL);
            statements.put("activity instances of an instance", "select RES.* from ACT_HI_ACTINST RES where RES.PROC_INST_ID_ = '"
                    + cycle + "' order by RES.ID_ asc" + ALL);
            statements.put("task instances of an instance", "select RES.* from ACT_HI_TASKINST RES where RES.PROC_INST_ID_ = '"
                    + cycle + "' order by RES.ID_ asc" + ALL);
            statements.put("identity links of an instance's tasks", "select L.* from ACT_HI_IDENTITYLINK L join ACT_HI_TASKINST T"
                    + " on L.TASK_ID_ = T.ID_ where T.PROC_INST_ID_ = '" + cycle + "' order by L.TASK_ID_, L.ID_");
            statements.put("variable updates of an instance", "select PROC_INST_ID_, ACT_INST_ID_, TIME_, NAME_, VAR_TYPE_,"
                    + " LONG_, DOUBLE_, TEXT_ from ACT_HI_DETAIL where TYPE_ = 'VariableUpdate' and PROC_INST_ID_ = '" + cycle
                    + "' order by ID_");
            statements.put("decision instances of an instance", "select ID_, PROC_INST_ID_, EVAL_TIME_, ACT_ID_, DEC_DEF_NAME_"
                    + " from ACT_HI_DECINST where PROC_INST_ID_ = '" + decided + "' order by ID_");
            String decisions = "'" + String.join("', '", jdbc.queryForList("select id_ from act_hi_decinst"
                    + " where proc_inst_id_ = ?", String.class, decided)) + "'";
            statements.put("decision inputs", "select DEC_INST_ID_, CLAUSE_NAME_, VAR_TYPE_, LONG_, DOUBLE_, TEXT_"
                    + " from ACT_HI_DEC_IN where DEC_INST_ID_ in (" + decisions + ") order by DEC_INST_ID_, CLAUSE_ID_");
            statements.put("decision outputs", "select DEC_INST_ID_, VAR_NAME_, VAR_TYPE_, LONG_, DOUBLE_, TEXT_"
                    + " from ACT_HI_DEC_OUT where DEC_INST_ID_ in (" + decisions + ") order by DEC_INST_ID_, RULE_ORDER_,"
                    + " CLAUSE_ID_");
            statements.put("incidents of an instance", "select RES.* from ACT_HI_INCIDENT RES where RES.PROC_INST_ID_ = '"
                    + cycle + "' order by RES.ID_ asc" + ALL);
            statements.put("audit_log of a staff member", "select * from audit_log where subject_staff_id = '" + staffId
                    + "' order by id");
            Map<String, Object> plans = new LinkedHashMap<>();
            statements.forEach((name, sql) -> {
                String plan = String.join("\n", jdbc.queryForList("explain (analyze) " + sql, String.class));
                List<String> indexes = matches(INDEX, plan, 2);
                List<String> seqScans = matches(SEQ, plan, 1);
                List<String> time = matches(TIME, plan, 1);
                double ms = time.isEmpty() ? Double.NaN : Double.parseDouble(time.get(0));
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("sql", sql);
                one.put("indexScans", indexes);
                one.put("seqScans", seqScans);
                one.put("executionMs", ms);
                one.put("plan", plan);
                plans.put(name, one);
                List<String> sized = seqScans.stream().map(table -> table + " (" + jdbc.queryForObject("select count(*) from "
                        + table, Long.class) + " rows)").toList();
                one.put("seqScannedTables", sized);
                rows.row("5 EXPLAIN " + name, "-", ms, "ms", (seqScans.isEmpty() ? "" : "seq scan on " + sized + "; ")
                        + (indexes.isEmpty() ? "no index" : "index " + String.join(", ", indexes)),
                        "EXPLAIN ANALYZE at 1,000 staff, a random copy's session cycle (its largest instance)");
            });
            return plans;
        }

        private static List<String> matches(Pattern pattern, String text, int group) {
            List<String> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!found.contains(m.group(group))) {
                    found.add(m.group(group));
                }
            }
            return found;
        }
    }
}
