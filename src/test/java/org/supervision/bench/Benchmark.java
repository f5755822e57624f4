package org.supervision.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervision.SupervisionApplication;
import org.supervision.appraisal.AppraisalLaunches;
import org.supervision.appraisal.AppraisalPeriod;
import org.supervision.audit.AuditTrail;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AgreementForms;
import org.supervision.support.DueJobs;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Workdays;

/**
 * The benchmark (docs/benchmarks.md): bare Camunda against the
 * product on the same PostgreSQL server, pgbench as the server's ceiling, the supervisor's
 * task query on 1,000 staff, the footprint of a node, and the workspace's home pages over HTTP
 * with 10,000 staff. Run with
 * {@code mvn -B -ntp -Pbench -DskipTests test-compile exec:exec@bench}; options as system
 * properties: bench.jdbcUrl (a server; a fresh database is created per part and dropped),
 * bench.user, bench.password, bench.seconds (per timed baseline run), bench.pgbench.
 */
public final class Benchmark {

    private static final String URL = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("bench.user", "postgres");
    private static final String PASSWORD = System.getProperty("bench.password", "");
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    /** figure 2: sessions per supervisee, one after another, so that its timed completions last about as long as the baseline's */
    private static final int SESSION_CYCLES = Integer.getInteger("bench.sessionCycles", 3);
    private static final String PGBENCH = System.getProperty("bench.pgbench", "/usr/lib/postgresql/15/bin/pgbench");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> createdDatabases = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java", System.getProperty("java.version"));
        machine.put("server", URL);
        machine.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).trim());
        results.put("machine", machine);
        try {
            // -Dbench.parts=4 runs one figure; the default runs them all
            String parts = System.getProperty("bench.parts", "1,2,3,4,5,6,7,8,9");
            if (parts.contains("1") || parts.contains("2") || parts.contains("3")) {
                Map<String, Double> baseline = baseline();
                Map<String, Double> product = product(baseline);
                pgbench(product);
            }
            if (parts.contains("6")) {
                supervisorTaskQuery();
            }
            if (parts.contains("4")) {
                bulkLaunch();
            }
            if (parts.contains("5")) {
                auditorTrail();
            }
            if (parts.contains("7")) {
                footprint();
            }
            if (parts.contains("8")) {
                workspacePages();
            }
            if (parts.contains("9")) {
                compliance();
            }
        } finally {
            for (String db : createdDatabases) {
                dropDatabase(db);
            }
        }
        machine.put("loadAverageAtEnd", Files.readString(Path.of("/proc/loadavg")).trim());
        write();
    }

    // ---- (1) baseline: bare Camunda, the Spring Boot starter's default configuration --------

    /**
     * The baseline (keys a1, a4, b1, b4): bare Camunda as its Spring Boot starter
     * configures it. Then, for comparison with earlier runs, the engine alone as they
     * measured it (keys aloneA1 .. aloneB4): a StandaloneProcessEngineConfiguration, whose
     * default id generator hands out numbers from blocks of 100 where the starter's default
     * generates UUIDs (only the latter is safe for several nodes on one database).
     */
    private Map<String, Double> baseline() throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        ConfigurableApplicationContext bare = BareCamunda.start(dbUrl(createDatabase("bench_baseline")), USER, PASSWORD);
        try {
            ProcessEngine engine = bare.getBean(ProcessEngine.class);
            var cfg = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            String setup = String.format(Locale.ROOT, "bare Camunda 7.24 through its Spring Boot starter with the starter's"
                    + " defaults (history %s, authorization %s, id generator %s, jdbcBatchProcessing %s, task metrics %s,"
                    + " Hikari pool of %s, Spring eventing bridge %s, job executor %s), one-user-task process, fresh database",
                    cfg.getHistory(), cfg.isAuthorizationEnabled() ? "on" : "off", cfg.getIdGenerator().getClass().getSimpleName(),
                    cfg.isJdbcBatchProcessing(), cfg.isTaskMetricsEnabled() ? "on" : "off",
                    bare.getBean(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize(),
                    bare.getBean(CamundaBpmProperties.class).getEventing().isExecution() ? "on" : "off",
                    cfg.getJobExecutor().isActive() ? "on, no jobs" : "off");
            measureOneTaskProcess(engine, "", "baseline", setup, figures);
            measureSessionShape(engine, setup, figures);
        } finally {
            bare.close();
        }
        ProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration()
                .setJdbcUrl(dbUrl(createDatabase("bench_engine_alone"))).setJdbcUsername(USER).setJdbcPassword(PASSWORD)
                .setJdbcDriver("org.postgresql.Driver").setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false);
        configuration.setProcessEngineName("bench-engine-alone");
        ProcessEngine alone = configuration.buildProcessEngine();
        try {
            measureOneTaskProcess(alone, "alone", "engine alone", "for comparison with earlier runs: Camunda 7.24's"
                    + " StandaloneProcessEngineConfiguration defaults (id generator DbIdGenerator, MyBatis pooled data source),"
                    + " history FULL, one-user-task process, fresh database", figures);
        } finally {
            alone.close();
        }
        results.put("baseline", figures);
        return figures;
    }

    private void measureOneTaskProcess(ProcessEngine engine, String key, String label, String setup,
                                       Map<String, Double> figures) throws Exception {
        deployOneTask(engine);
        String figureA = key.isEmpty() ? "a" : key + "A";
        String figureB = key.isEmpty() ? "b" : key + "B";
        String mark = key.isEmpty() ? "" : "′";
        for (int threads : new int[] {1, 4}) {
            double rate = timed(threads, SECONDS, () -> {
                String pid = engine.getRuntimeService().startProcessInstanceByKey("one-task").getId();
                Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
                engine.getTaskService().complete(task.getId());
                return true;
            });
            figures.put(figureA + threads, rate);
            row("1a" + mark + " " + label + " start→task→complete", threads + " threads", rate, "instances/s", "", setup);
        }
        for (int threads : new int[] {1, 4}) {
            int prestarted = prestartCount(figures.get(figureA + threads));
            ConcurrentLinkedQueue<String> open = prestart(engine, prestarted);
            double compilingBefore = compilingSeconds();
            double rate = completionsOf(engine, threads, open);
            figures.put(figureB + threads, rate);
            row("1b" + mark + " " + label + " task completions", threads + " threads", rate, "completions/s", "",
                    setup + "; " + prestarted + " instances started beforehand, each completion its own transaction; the JIT"
                            + String.format(Locale.ROOT, " compiler worked %.1f s during the timed run", compilingSeconds() - compilingBefore));
        }
    }

    /**
     * Figure 1c (keys c1, c4): the same bare engine running the session step's shape without
     * the product: three user tasks in a row, timed the way figure 2 times the product (all
     * first tasks completed, then all second, then all third). A completion here creates the
     * next task, where 1b's ends its instance, so the product's ratio to 1c is what the
     * product's own work costs beyond the engine work its process shape needs.
     */
    private void measureSessionShape(ProcessEngine engine, String setup, Map<String, Double> figures) throws Exception {
        List<String> steps = List.of("book", "record", "confirm");
        engine.getRepositoryService().createDeployment().addModelInstance("three-tasks.bpmn",
                Bpmn.createExecutableProcess("three-tasks").camundaHistoryTimeToLive(1).startEvent()
                        .userTask(steps.get(0)).camundaAssignee("supervisor").userTask(steps.get(1)).camundaAssignee("supervisor")
                        .userTask(steps.get(2)).camundaAssignee("supervisee").endEvent().done()).deploy();
        // the first group warms the new process up and is not reported
        int[][] groups = {{4, 200}, {1, 600}, {4, 1000}};
        for (int g = 0; g < groups.length; g++) {
            int threads = groups[g][0];
            int instances = groups[g][1];
            parallel(4, Collections.nCopies(instances, new String[0]),
                    x -> engine.getRuntimeService().startProcessInstanceByKey("three-tasks"));
            double seconds = 0;
            double compilingBefore = compilingSeconds();
            // each group completes all its instances, so the open tasks of a step are this group's
            for (String step : steps) {
                List<String[]> open = engine.getTaskService().createTaskQuery().processDefinitionKey("three-tasks")
                        .taskDefinitionKey(step).list().stream().map(task -> new String[] {task.getId()}).toList();
                seconds += phase(threads, open, task -> engine.getTaskService().complete(task[0]));
            }
            if (g == 0) {
                continue;
            }
            double rate = 3.0 * instances / seconds;
            figures.put("c" + threads, rate);
            row("1c baseline session step's shape, completions", threads + " threads", rate, "completions/s", "",
                    setup.replace("one-user-task process", "a process of three user tasks in a row (book, record, confirm),"
                            + " no listeners") + "; " + instances + " instances started beforehand, each completion its own"
                            + " transaction, all first tasks completed, then all second, then all third; the JIT compiler"
                            + String.format(Locale.ROOT, " worked %.1f s while the group ran its three steps", compilingSeconds() - compilingBefore));
        }
    }

    // ---- (2) the product's session cycle: book → record → confirm ------------------------------

    /**
     * The product's tunings, each switched off in turn (one extra run at 4 threads per line), so
     * the table shows what each bought. The audit log's per-transaction chaining is code, not
     * configuration: docs/benchmarks.md gives its figures.
     */
    private static final Map<String, List<String>> TUNINGS_OFF = new LinkedHashMap<>();
    static {
        TUNINGS_OFF.put("task metrics on (Camunda's default: a meter-log row per task assignment)",
                List.of("--camunda.bpm.generic-properties.properties.task-metrics-enabled=true"));
        TUNINGS_OFF.put("connection pool of 10 (Hikari's default)",
                List.of("--spring.datasource.hikari.maximum-pool-size=10"));
        TUNINGS_OFF.put("Spring eventing bridge on (the starter's default: every execution, task and history event published)",
                List.of("--camunda.bpm.eventing.execution=true", "--camunda.bpm.eventing.history=true",
                        "--camunda.bpm.eventing.task=true"));
        TUNINGS_OFF.put("batched inserts sent one by one (the driver's default)",
                List.of("--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=false"));
    }

    /**
     * Required work switched off, to show what it costs: settings no installation may run
     * with, measured only here.
     */
    private static final Map<String, List<String>> REQUIRED_OFF = new LinkedHashMap<>();
    static {
        REQUIRED_OFF.put("Camunda's authorization checks off (every surface needs them)",
                List.of("--camunda.bpm.authorization.enabled=false"));
    }

    private Map<String, Double> product(Map<String, Double> baseline) throws Exception {
        Map<String, Double> shipped = product(baseline, null, List.of(), new int[][] {{4, 20}, {1, 80}, {4, 200}});
        baselineAgain(baseline, shipped);
        results.put("tuningContributions", eachOff(baseline, TUNINGS_OFF, "2t without tuning: ", "the tuning buys", false));
        results.put("requiredWorkCosts", eachOff(baseline, REQUIRED_OFF, "2r without required work: ", "without it", true));
        return shipped;
    }

    /**
     * Each setting group against runs of the shipped settings made next to it, in the order
     * shipped, changed, changed, shipped: a machine that speeds up or slows down during the
     * four runs then favours neither side, and each side meets the JVM equally warmed up.
     */
    private Map<String, Object> eachOff(Map<String, Double> baseline, Map<String, List<String>> settings, String figure,
                                        String verb, boolean gainWithout) throws Exception {
        Map<String, Object> contributions = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> off : settings.entrySet()) {
            double with1 = pairedRun(baseline, "paired", List.of());
            double without1 = pairedRun(baseline, off.getKey(), off.getValue());
            double without2 = pairedRun(baseline, off.getKey(), off.getValue());
            double with2 = pairedRun(baseline, "paired", List.of());
            double with = (with1 + with2) / 2;
            double without = (without1 + without2) / 2;
            double share = gainWithout ? without / with - 1 : with / without - 1;
            contributions.put(off.getKey(), Map.of("shippedCompletionsPerSecond4", List.of(with1, with2),
                    "changedCompletionsPerSecond4", List.of(without1, without2), "percent", 100 * share));
            row(figure + off.getKey(), "4 threads", without, "completions/s",
                    String.format(Locale.ROOT, "mean of %.0f and %.0f; shipped %.0f and %.0f in the runs around them: %s %+.0f%%",
                            without1, without2, with1, with2, verb, 100 * share),
                    "as figure 2 at 4 threads with 200 supervisees, this one setting changed: " + String.join(" ", off.getValue()));
        }
        return contributions;
    }

    private double pairedRun(Map<String, Double> baseline, String variant, List<String> settingsChanged) throws Exception {
        return product(baseline, variant, settingsChanged, new int[][] {{4, 20}, {4, 200}}).get("completionsPerSecond4");
    }

    private Map<String, Double> product(Map<String, Double> baseline, String variant, List<String> settingsChanged,
                                        int[][] groups) throws Exception {
        String db = createDatabase("bench_product");
        ConfigurableApplicationContext app = startApp(db, settingsChanged);
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            StaffDirectoryImport directory = app.getBean(StaffDirectoryImport.class);
            ProcessDriver driver = new ProcessDriver(engine);
            Map<String, Object> settings = new LinkedHashMap<>();
            var cfg = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            settings.put("history", cfg.getHistory());
            settings.put("jdbcBatchProcessing", cfg.isJdbcBatchProcessing());
            settings.put("hikariMaximumPoolSize", app.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"));
            settings.put("jobExecutor", "off: due jobs run by the driver after each completion, as in the tests");
            settings.put("taskMetricsEnabled", cfg.isTaskMetricsEnabled());
            if (variant == null) {
                results.put("productSettings", settings);
            }

            LocalDate signedOn = LocalDate.of(2027, 3, 1);
            LocalDate due = LocalDate.of(2027, 3, 8);
            // the first group warms the JVM up (JIT, caches) and is not reported
            for (int g = 0; g < groups.length; g++) {
                int threads = groups[g][0];
                int supervisees = groups[g][1];
                boolean warmUp = g == 0;
                String prefix = "b" + g + "x";
                setClock(signedOn);
                List<String[]> pairs = importTeam(directory, prefix, supervisees, 10);
                Map<String, String> cycles = new java.util.concurrent.ConcurrentHashMap<>();
                parallel(4, pairs, pair -> cycles.put(pair[0], signAgreement(engine, driver, pair[0], pair[1], signedOn, due)));

                boolean countCommits = !warmUp && variant == null;
                long commitsBefore = countCommits ? commits(db, true) : 0;
                long start = System.nanoTime();
                Overheads overheads = new Overheads();
                double completionSeconds = 0;
                List<String> bySession = new ArrayList<>();
                List<LocalDate> dueDays = new ArrayList<>();
                LocalDate sessionDue = due;
                // each session booked for, held on and confirmed on the day it is due
                for (int held = 0; held < SESSION_CYCLES; held++) {
                    dueDays.add(sessionDue);
                    double book = completions(engine, threads, pairs, cycles, "bookSession", pair -> pair[1],
                            Map.of("sessionDate", sessionDue.toString(), "sessionTime", "10:00", "place", "Room 4"), overheads);
                    setClock(sessionDue);
                    overheads.jobSeconds += phase(threads, pairs, pair -> driver.runDueJobs(cycles.get(pair[0])));
                    double record = completions(engine, threads, pairs, cycles, "recordSession", pair -> pair[1],
                            Workdays.heldSession(sessionDue), overheads);
                    double confirm = completions(engine, threads, pairs, cycles, "reviewRecord", pair -> pair[0],
                            Map.of("recordConfirmed", true), overheads);
                    completionSeconds += book + record + confirm;
                    bySession.add(String.format(Locale.ROOT, "%.0f", 3.0 * supervisees / (book + record + confirm)));
                    sessionDue = nextSessionDue(engine, cycles.get(pairs.get(0)[0]));
                }
                double wall = (System.nanoTime() - start) / 1e9;
                if (warmUp) {
                    continue;
                }
                int sessionsHeld = supervisees * SESSION_CYCLES;
                double completions = 3.0 * sessionsHeld / completionSeconds;
                figures.put("completionsPerSecond" + threads, completions);
                if (variant != null) {
                    continue;
                }
                long commits = commits(db, true) - commitsBefore;
                double sessions = sessionsHeld / completionSeconds;
                double ratio = completions / baseline.get("b" + threads);
                double ratioToEngineAlone = completions / baseline.get("aloneB" + threads);
                double ratioToShape = completions / baseline.get("c" + threads);
                figures.put("sessionsPerSecond" + threads, sessions);
                figures.put("ratioToBaselineB" + threads, ratio);
                figures.put("ratioToEngineAloneB" + threads, ratioToEngineAlone);
                figures.put("ratioToBaselineShapeC" + threads, ratioToShape);
                figures.put("commitsPerSecond" + threads, commits / wall);
                figures.put("commitsPerCompletion" + threads, commits / (3.0 * sessionsHeld));
                figures.put("jitCompilingSeconds" + threads, overheads.compilingSeconds);
                String setup = String.format(Locale.ROOT, "%d supervisees with signed agreements (10 per supervisor), each"
                        + " holding the sessions due %s (%d completions timed; %s completions/s session by session),"
                        + " history %s, forms validated server-side, JPA records, actions and learning needs; each"
                        + " completion as Tasklist's submit: a known task id, completed as its assignee with authorization"
                        + " checks; jobs between book and record and the next session's planning after confirm %.1f s (not"
                        + " counted); the JIT compiler worked %.1f s during the timed completions", supervisees, dueDays,
                        3 * sessionsHeld, String.join(", ", bySession), cfg.getHistory(), overheads.jobSeconds,
                        overheads.compilingSeconds);
                row("2 product session cycle completions", threads + " threads", completions, "completions/s",
                        String.format(Locale.ROOT, "%.2f × baseline 1b (%.2f × engine alone 1b′; %.2f × the session step's"
                                + " shape 1c)", ratio, ratioToEngineAlone, ratioToShape), setup);
                row("2 product sessions (book+record+confirm)", threads + " threads", sessions, "sessions/s", "", setup);
                row("2 product database commits", threads + " threads", commits / wall, "commits/s",
                        String.format(Locale.ROOT, "%.1f commits per completion", commits / (3.0 * sessionsHeld)),
                        "pg_stat_database.xact_commit of the product database over the cycle incl. its timer jobs");
            }
            if (variant == null) {
                auditChain(app, figures);
                results.put("product", figures);
            }
        } finally {
            app.close();
            ClockUtil.reset();
        }
        return figures;
    }

    /**
     * The audit chain alone: every audited transaction, on every node, takes turns on the
     * chain head's row lock from chaining its entries to its commit, so this is the one part
     * of the product's writes that more threads or nodes do not spread. Each transaction
     * appends one entry (a record read) through AuditTrail, as an audited change does.
     */
    private void auditChain(ConfigurableApplicationContext app, Map<String, Double> figures) throws Exception {
        AuditTrail trail = app.getBean(AuditTrail.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        AtomicLong reads = new AtomicLong();
        for (int threads : new int[] {1, 4, 8}) {
            double rate = timed(threads, SECONDS, () -> {
                transaction.executeWithoutResult(status -> trail.append("bench-auditor", "READ", "SupervisionRecord",
                        String.valueOf(reads.incrementAndGet()), "b0xs0", "bench", null));
                return true;
            });
            figures.put("auditChainPerSecond" + threads, rate);
            row("3a audit chain alone", threads + " threads", rate, "transactions/s", threads == 8 ? "as two nodes of four"
                    : "", "transactions of one audit entry each (a record read) through AuditTrail, on the product database"
                    + " after figure 2; the chain head's row lock is held from chaining to commit");
        }
    }

    private static void deployOneTask(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().addModelInstance("one-task.bpmn",
                Bpmn.createExecutableProcess("one-task").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("work").camundaAssignee("demo").endEvent().done()).deploy();
    }

    /** Enough instances for the timed run at three times the rate they start at. */
    private static int prestartCount(double startsPerSecond) {
        return (int) Math.max(1000, startsPerSecond * (SECONDS + 2) * 3);
    }

    /** Starts one-task instances for figure 1b; their open tasks. */
    private static ConcurrentLinkedQueue<String> prestart(ProcessEngine engine, int count) throws Exception {
        List<String[]> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(new String[0]);
        }
        parallel(4, starts, x -> engine.getRuntimeService().startProcessInstanceByKey("one-task"));
        return new ConcurrentLinkedQueue<>(engine.getTaskService().createTaskQuery()
                .processDefinitionKey("one-task").list().stream().map(Task::getId).toList());
    }

    /** Figure 1b's measurement: completions of the instances started beforehand, each its own transaction. */
    private static double completionsOf(ProcessEngine engine, int threads, ConcurrentLinkedQueue<String> open) throws Exception {
        return timed(threads, SECONDS, () -> {
            String id = open.poll();
            if (id == null) {
                return false; // all pre-started instances done: the run ends early
            }
            engine.getTaskService().complete(id);
            return true;
        });
    }

    /**
     * Figure 1b once more, after figure 2: on this machine the four-thread figure came out
     * two to two and a half times higher the second time in a run, so the product's ratio is
     * also given against the mean of the 1b runs made before and after it.
     */
    private void baselineAgain(Map<String, Double> baseline, Map<String, Double> product) throws Exception {
        ConfigurableApplicationContext bare = BareCamunda.start(dbUrl(createDatabase("bench_baseline_again")), USER, PASSWORD);
        try {
            ProcessEngine engine = bare.getBean(ProcessEngine.class);
            deployOneTask(engine);
            for (int threads : new int[] {1, 4}) {
                double again = completionsOf(engine, threads, prestart(engine, prestartCount(baseline.get("a" + threads))));
                double mean = (baseline.get("b" + threads) + again) / 2;
                double ratio = product.get("completionsPerSecond" + threads) / mean;
                baseline.put("bAgain" + threads, again);
                product.put("ratioToBaselineBMean" + threads, ratio);
                row("1b baseline task completions, again after figure 2", threads + " threads", again, "completions/s",
                        String.format(Locale.ROOT, "product (2) = %.2f × the mean of the two 1b runs (%.0f)", ratio, mean),
                        "as 1b, on a fresh database");
            }
        } finally {
            bare.close();
        }
    }

    /**
     * Completes one task per pair as its assignee, the way Tasklist's submit does: the task id
     * and the user's groups are known (listed before the clock starts), then each completion is
     * one call. Jobs the completions leave due run afterwards, timed into overheads.jobSeconds.
     */
    private static double completions(ProcessEngine engine, int threads, List<String[]> pairs, Map<String, String> cycles,
                                      String taskKey, java.util.function.Function<String[], String> assignee,
                                      Map<String, Object> form, Overheads overheads) throws Exception {
        var identity = engine.getIdentityService();
        Map<String, Task> open = new HashMap<>();
        Map<String, List<String>> groups = new HashMap<>();
        for (String[] pair : pairs) {
            open.put(pair[0], engine.getTaskService().createTaskQuery().processInstanceId(cycles.get(pair[0]))
                    .taskDefinitionKey(taskKey).singleResult());
            groups.computeIfAbsent(assignee.apply(pair), user -> identity.createGroupQuery().groupMember(user).list()
                    .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
        }
        double compilingBefore = compilingSeconds();
        double seconds = phase(threads, pairs, pair -> {
            String user = assignee.apply(pair);
            identity.setAuthentication(user, groups.get(user));
            try {
                engine.getTaskService().complete(open.get(pair[0]).getId(), form);
            } finally {
                identity.clearAuthentication();
            }
        });
        overheads.compilingSeconds += compilingSeconds() - compilingBefore;
        ProcessDriver driver = new ProcessDriver(engine);
        overheads.jobSeconds += phase(threads, pairs, pair -> driver.runDueJobs(cycles.get(pair[0])));
        return seconds;
    }

    /** The day the cycle's next session is due, as its booking task shows it to the supervisor. */
    private static LocalDate nextSessionDue(ProcessEngine engine, String cycle) {
        Task booking = engine.getTaskService().createTaskQuery().processInstanceId(cycle).taskDefinitionKey("bookSession")
                .singleResult();
        return LocalDate.parse((String) engine.getTaskService().getVariableLocal(booking.getId(), "dueOn"));
    }

    /** What figure 2 reports beside a group's timed completions. */
    private static final class Overheads {
        /** running the jobs the completions leave due (not counted) */
        double jobSeconds;
        /** the JIT compiler's work during the timed completions, summed over its threads */
        double compilingSeconds;
    }

    /** The JIT compiler's work so far, summed over its threads: on 2 cores it competes with what is timed. */
    private static double compilingSeconds() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
    }

    private String signAgreement(ProcessEngine engine, ProcessDriver driver, String staffId, String supervisorId,
                                 LocalDate today, LocalDate firstSession) {
        String agreement = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(staffId).singleResult().getId();
        driver.complete(agreement, "draftAgreement", supervisorId, AgreementForms.draft(28, firstSession, today));
        driver.complete(agreement, "reviewAgreement", staffId, Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", supervisorId, Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", staffId, Map.of("signatureConfirmed", true));
        String cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(staffId).singleResult().getId();
        driver.runDueJobs(cycle);
        return cycle;
    }

    // ---- (3) PostgreSQL's ceiling -----------------------------------------------------------

    private void pgbench(Map<String, Double> product) throws Exception {
        if (!Files.isExecutable(Path.of(PGBENCH))) {
            row("3 pgbench -N", "-", Double.NaN, "tps", "not measured: " + PGBENCH + " not found", "");
            return;
        }
        String db = createDatabase("bench_pgbench");
        Matcher server = Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(URL);
        String host = server.find() ? server.group(1) : "127.0.0.1";
        String port = server.group(2) == null ? "5432" : server.group(2);
        exec(List.of(PGBENCH, "-i", "-q", "-s", "10", "-h", host, "-p", port, "-U", USER, db));
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int clients : new int[] {1, 4}) {
            String out = exec(List.of(PGBENCH, "-N", "-c", "" + clients, "-j", "" + clients, "-T", "" + SECONDS,
                    "-h", host, "-p", port, "-U", USER, db));
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
            double value = tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN;
            figures.put("tps" + clients, value);
            double fraction = product.get("commitsPerSecond" + clients) / value;
            figures.put("productCommitsFraction" + clients, fraction);
            double chainFraction = product.get("auditChainPerSecond" + clients) / value;
            figures.put("auditChainFraction" + clients, chainFraction);
            row("3 pgbench -N (scale 10)", clients + " clients", value, "tps", String.format(Locale.ROOT,
                    "product commits = %.1f%% of it; the audit chain alone (3a) %.0f%%", 100 * fraction, 100 * chainFraction),
                    SECONDS + " s run");
        }
        results.put("pgbench", figures);
    }

    // ---- (6) a supervisor's task list with 1,000 staff -----------------------------------------

    private void supervisorTaskQuery() throws Exception {
        String db = createDatabase("bench_tasklist");
        ConfigurableApplicationContext app = startApp(db);
        try {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            setClock(LocalDate.of(2027, 3, 1));
            long importStart = System.nanoTime();
            List<String[]> pairs = importTeam(app.getBean(StaffDirectoryImport.class), "t", 1000, 50);
            runAllDueJobs(engine);
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            long openTasks = engine.getTaskService().createTaskQuery().count();
            List<String> supervisors = pairs.stream().map(p -> p[1]).distinct().toList();
            var identity = engine.getIdentityService();
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < 15; round++) {
                for (String supervisor : supervisors) {
                    identity.setAuthentication(supervisor, List.of("staff", "supervisors"));
                    long t = System.nanoTime();
                    List<Task> mine = engine.getTaskService().createTaskQuery().taskAssignee(supervisor)
                            .orderByTaskCreateTime().desc().listPage(0, 50);
                    long count = engine.getTaskService().createTaskQuery().taskAssignee(supervisor).count();
                    double ms = (System.nanoTime() - t) / 1e6;
                    identity.clearAuthentication();
                    if (round > 0) {
                        millis.add(ms);
                    }
                    if (mine.isEmpty() || count < 50) {
                        throw new IllegalStateException(supervisor + " sees " + count + " tasks");
                    }
                }
            }
            Collections.sort(millis);
            double p50 = millis.get(millis.size() / 2);
            double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("staff", 1000);
            figures.put("supervisors", supervisors.size());
            figures.put("openTasks", openTasks);
            figures.put("queries", millis.size());
            figures.put("p50Ms", p50);
            figures.put("p95Ms", p95);
            figures.put("importAndAgreementStartSeconds", importSeconds);
            results.put("supervisorTaskQuery", figures);
            String setup = String.format(Locale.ROOT, "1,000 synthetic staff, 20 supervisors × 50, %d open tasks; first page"
                    + " (50, newest first) + count as the supervisor with authorization checks; %d queries after warm-up",
                    openTasks, millis.size());
            row("6 supervisor task query p50", "1 thread", p50, "ms", "", setup);
            row("6 supervisor task query p95", "1 thread", p95, "ms", "", setup);
        } finally {
            app.close();
            ClockUtil.reset();
        }
    }

    // ---- (5) the auditor's trail over three years of history ---------------------------------

    private void auditorTrail() throws Exception {
        String db = createDatabase("bench_trail");
        ConfigurableApplicationContext app = startApp(db);
        try {
            results.put("auditorTrail", new AuditTrailBench(app, this::row).run());
        } finally {
            app.close();
            ClockUtil.reset();
        }
    }

    // ---- (4) bulk launch of the end-of-year appraisal for the whole organisation --------------

    /**
     * Synthetic staff are written straight into the directory tables, each worker with an
     * agreed work plan (an import would also start their agreements, work plans and learning
     * plans, which is not what is measured),
     * then the launch runs as in production: the job executor works the batches and each
     * person's first step. Measured: seconds from the launch until every first task exists.
     * Twice in one application: the mid-year launch right after it started, then the
     * end-of-year launch with the first launch's appraisals still open in the tables. Alone
     * ({@code -Dbench.parts=4}) the first launch meets a cold JVM, whose JIT compiler still
     * competes for the two cores; in the full run the JVM has already run figures 1-3 and 6.
     */
    private void bulkLaunch() throws Exception {
        int count = Integer.getInteger("bench.launchStaff", 10000);
        boolean coldJvm = System.getProperty("bench.parts", "").equals("4");
        String db = createDatabase("bench_launch");
        List<String> args = appArguments(db);
        args.add("--logging.level.root=WARN");
        setClock(LocalDate.of(2027, 3, 1));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SupervisionApplication.class)
                .run(args.toArray(String[]::new));
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            writeSyntheticStaff(jdbc, count);
            Map<String, Object> figures = new LinkedHashMap<>();
            String jvm = coldJvm ? "the JVM's first work (cold)" : "the JVM already ran figures 1-3 and 6";
            figures.put("first", launchForEveryone(app, AppraisalPeriod.MID_YEAR, 2026, "first", "first launch; " + jvm));
            figures.put("second", launchForEveryone(app, AppraisalPeriod.END_OF_YEAR, 2027, "second",
                    "second launch, the first one's appraisals still open; " + jvm));
            figures.put("authorizedGroupsQuery", authorizedGroupsQuery(jdbc));
            figures.put("subtaskLookup", subtaskLookup(jdbc, app.getBean(PlatformTransactionManager.class)));
            results.put("bulkLaunch", figures);
        } finally {
            app.close();
            ClockUtil.reset();
        }
    }

    /**
     * What each node's cache of the groups that hold authorizations saves (security's
     * AuthorizationTableCache): the statement Camunda runs in every command of a logged-in user,
     * timed on the tables both launches leave behind.
     */
    private Map<String, Object> authorizedGroupsQuery(JdbcTemplate jdbc) {
        long rows = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class);
        double p50 = p50Millis(() -> jdbc.queryForList("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A", String.class));
        row("4g Camunda's per-command query of the groups holding authorizations, p50", "1 thread", p50, "ms",
                "asked once per node every 10 s instead (supervision.security.authorized-groups-max-age)",
                String.format(Locale.ROOT, "after both launches: %,d rows in ACT_RU_AUTHORIZATION (a row per open task's"
                        + " assignee, and the product's group grants); Camunda 7.24 runs SELECT DISTINCT GROUP_ID_ over the"
                        + " table in every command of a logged-in user; 50 runs after 10 warm-up", rows));
        return Map.of("authorizationRows", rows, "p50Ms", p50);
    }

    /**
     * What the subtask index (operations' SubtaskLookupIndex) saves every task completion:
     * Camunda's lookup of a completed task's subtasks, timed on the tables both launches leave
     * behind with the index and without it (dropped in a transaction that is rolled back).
     */
    private Map<String, Object> subtaskLookup(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        long openTasks = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
        String task = jdbc.queryForObject("select ID_ from ACT_RU_TASK limit 1", String.class);
        Runnable lookup = () -> jdbc.queryForList("select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?", task);
        double with = p50Millis(lookup);
        double without = new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("drop index ACT_IDX_TASK_PARENT_TASK_ID");
            status.setRollbackOnly();
            return p50Millis(lookup);
        });
        row("4s Camunda's subtask lookup in every task completion, p50", "1 thread", with, "ms",
                String.format(Locale.ROOT, "%.2f ms without the product's index on ACT_RU_TASK.PARENT_TASK_ID_"
                        + " (Camunda 7.24 has it on SQL Server only): %.0f× as long", without, without / with),
                String.format(Locale.ROOT, "after both launches: %,d open tasks; select * from ACT_RU_TASK where"
                        + " PARENT_TASK_ID_ = ? as Camunda runs it when a task is completed; 50 runs after 10 warm-up, with"
                        + " the index and then without it (dropped in a transaction that is rolled back)", openTasks));
        return Map.of("openTasks", openTasks, "withIndexP50Ms", with, "withoutIndexP50Ms", without);
    }

    /** The median of 50 runs after 10 warm-up runs, in milliseconds. */
    private static double p50Millis(Runnable statement) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long t = System.nanoTime();
            statement.run();
            if (i >= 10) {
                millis.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(millis);
        return millis.get(millis.size() / 2);
    }

    private static void writeSyntheticStaff(JdbcTemplate jdbc, int count) {
        int supervisors = Math.max(1, count / 50);
        List<Object[]> staff = new ArrayList<>();
        List<Object[]> relationships = new ArrayList<>();
        staff.add(new Object[] {"lhead", "Hana", "Head", "lhead@example.org", "MANAGER", null});
        for (int s = 0; s < supervisors; s++) {
            staff.add(new Object[] {"ls" + s, "Sam", "Sup" + s, "ls" + s + "@example.org", "MANAGER", "lhead"});
            relationships.add(new Object[] {"ls" + s, "lhead"});
        }
        for (int w = 0; w < count - supervisors - 1; w++) {
            String supervisor = "ls" + (w % supervisors);
            staff.add(new Object[] {"lw" + w, "Sid", "Worker" + w, "lw" + w + "@example.org", "SOCIAL_WORKER", supervisor});
            relationships.add(new Object[] {"lw" + w, supervisor});
        }
        jdbc.batchUpdate("insert into staff_member (id, first_name, last_name, email, category, start_date, "
                + "hours_per_week, line_manager_id) values (?, ?, ?, ?, ?, date '2020-01-06', 37, ?)", staff);
        jdbc.batchUpdate("insert into supervision_relationship (supervisee_id, supervisor_id, type, valid_from) "
                + "values (?, ?, 'MANAGEMENT', date '2020-01-06')", relationships);
        // as in an organisation a year in: every worker's work plan agreed, two objectives each,
        // which the first task of their appraisal shows
        jdbc.update("insert into work_plan (staff_id, plan_number, opened_on, due_on, agreed_on, agreed_by, agreed_at)"
                + " select id, 1, date '2020-01-06', date '2020-04-06', date '2020-03-02', line_manager_id,"
                + " timestamp '2020-03-02 10:00:00' from staff_member where id like 'lw%'");
        jdbc.update("insert into work_plan_objective (work_plan_id, position, objective, service_plan_objective, milestone,"
                + " review_on) select p.id, o.n, 'Objective ' || o.n || ' of ' || p.staff_id, 'Service plan objective ' || o.n,"
                + " 'Milestone ' || o.n, date '2020-09-01' from work_plan p cross join (values (0), (1)) o(n)");
    }

    private Map<String, Object> launchForEveryone(ConfigurableApplicationContext app, AppraisalPeriod period, int year,
                                                  String label, String run) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        long total = jdbc.queryForObject("select count(*) from staff_member where left_on is null", Long.class);
        String countAppraisals = "select count(*) from appraisal where period = '" + period + "' and appraisal_year = " + year;
        long before = engine.getTaskService().createTaskQuery().taskDefinitionKey("selfAppraisal").count();
        java.util.function.LongSupplier firstTasks = () -> engine.getTaskService().createTaskQuery()
                .taskDefinitionKey("selfAppraisal").count() - before;
        double compilingBefore = compilingSeconds();
        long start = System.nanoTime();
        app.getBean(AppraisalLaunches.class).launch(period, year, "bench");
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(20))
                    .pollInterval(java.time.Duration.ofMillis(250)).until(() -> firstTasks.getAsLong() >= total);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported below as not finished
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double compiling = compilingSeconds() - compilingBefore;
        long tasks = firstTasks.getAsLong();
        long appraisals = jdbc.queryForObject(countAppraisals, Long.class);
        long incidents = engine.getRuntimeService().createIncidentQuery().count();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("run", run);
        figures.put("staff", total);
        figures.put("appraisals", appraisals);
        figures.put("firstTasks", tasks);
        figures.put("incidents", incidents);
        figures.put("seconds", seconds);
        figures.put("jitCompilingSeconds", compiling);
        var executor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration()).getJobExecutor();
        String sizing = String.format(Locale.ROOT, "%d jobs per acquisition, idle wait %d ms, pool %s",
                executor.getMaxJobsPerAcquisition(), executor.getWaitTimeInMillis(),
                app.getEnvironment().getProperty("camunda.bpm.job-execution.core-pool-size", "3") + "–"
                        + app.getEnvironment().getProperty("camunda.bpm.job-execution.max-pool-size", "10") + " threads, queue "
                        + app.getEnvironment().getProperty("camunda.bpm.job-execution.queue-capacity", "3"));
        figures.put("jobExecutor", sizing);
        row("4 bulk appraisal launch, " + String.format(Locale.ROOT, "%,d", total) + " staff, " + label,
                "job executor", seconds, "s",
                tasks >= total ? "every first task exists; goal ≤ 30 s (bench issue), ≤ 60 s (appraisal issue)"
                        : "NOT FINISHED: " + tasks + " of " + total + " first tasks",
                String.format(Locale.ROOT, "%s %d; %s; %d appraisals, %d incidents; staff written to the directory tables, "
                        + "each worker with an agreed work plan of two objectives; launch through AppraisalLaunches as in "
                        + "production; job executor: %s; meanwhile the JIT compiler worked %.1f s (summed over its threads)",
                        period, year, run, appraisals, incidents, sizing, compiling));
        return figures;
    }

    // ---- (8) the workspace's home pages with 10,000 staff ------------------------------------

    /** The supervisor's home and HR's queue over HTTP as a logged-in browser asks for them (WorkspacePagesBench). */
    private void workspacePages() throws Exception {
        String db = createDatabase("bench_workspace");
        ConfigurableApplicationContext app = startApp(db);
        try {
            results.put("workspacePages", new WorkspacePagesBench(app, this::row).run());
        } finally {
            app.close();
        }
    }

    // ---- (9) supervision compliance with 10,000 staff and three years of history -----------------

    /** The organisation's figures, the first snapshot run and a team's page (ComplianceBench). */
    private void compliance() throws Exception {
        String db = createDatabase("bench_compliance");
        ConfigurableApplicationContext app = startApp(db);
        try {
            results.put("compliance", new ComplianceBench(app, this::row).run());
        } finally {
            app.close();
        }
    }

    // ---- (7) footprint ------------------------------------------------------------------------

    private void footprint() throws Exception {
        String db = createDatabase("bench_footprint");
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String start : List.of("first start (creates the schema)", "second start (schema exists)")) {
            Path log = Path.of("target", "bench", "footprint-" + (figures.size() + 1) + ".log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), SupervisionApplication.class.getName()));
            command.addAll(appArguments(db));
            long t = System.nanoTime();
            Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Pattern started = Pattern.compile("Started SupervisionApplication in ([0-9.]+) seconds");
            Double reported = null;
            while (node.isAlive() && System.nanoTime() - t < TimeUnit.MINUTES.toNanos(3)) {
                Matcher m = started.matcher(Files.readString(log));
                if (m.find()) {
                    reported = Double.parseDouble(m.group(1));
                    break;
                }
                Thread.sleep(100);
            }
            double wall = (System.nanoTime() - t) / 1e9;
            Thread.sleep(2000);
            long rssKb = node.isAlive() ? Files.readAllLines(Path.of("/proc", "" + node.pid(), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L) : -1;
            node.destroy();
            node.waitFor(30, TimeUnit.SECONDS);
            node.destroyForcibly();
            if (reported == null) {
                throw new IllegalStateException("node did not start, see " + log);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("startSecondsReportedBySpring", reported);
            one.put("startSecondsWall", wall);
            one.put("rssMbAfterStart", rssKb / 1024.0);
            figures.put(start, one);
            String setup = "java -Xmx512m, profile postgres, job executor on, no requests; RSS 2 s after 'Started'";
            row("7 start-up time, " + start, "-", wall, "s", String.format(Locale.ROOT, "Spring reports %.1f s", reported), setup);
            row("7 RSS after start, " + start, "-", rssKb / 1024.0, "MiB", "", setup);
        }
        results.put("footprint", figures);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private ConfigurableApplicationContext startApp(String db) {
        return startApp(db, List.of());
    }

    private ConfigurableApplicationContext startApp(String db, List<String> settingsChanged) {
        List<String> args = appArguments(db);
        args.addAll(settingsChanged);
        args.add("--camunda.bpm.job-execution.enabled=false");
        args.add("--logging.level.root=WARN");
        return new SpringApplicationBuilder(SupervisionApplication.class).run(args.toArray(String[]::new));
    }

    private List<String> appArguments(String db) {
        return new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + dbUrl(db), "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--camunda.bpm.admin-user.password=bench-admin-password",
                "--supervision.audit.current-key=bench",
                "--supervision.audit.chain-keys.bench=bench-audit-chain-key-for-benchmarks-only",
                "--server.port=0", "--management.server.port=0",
                "--logging.level.org.supervision.SupervisionApplication=INFO"));
    }

    /** Supervisors s0.., supervisees w0..; returns [supervisee, supervisor] pairs. */
    private static List<String[]> importTeam(StaffDirectoryImport directory, String prefix, int supervisees, int perSupervisor)
            throws Exception {
        StringBuilder staff = new StringBuilder("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n");
        StringBuilder supervision = new StringBuilder("supervisee_id,supervisor_id,type,valid_from,valid_to\n");
        List<String[]> pairs = new ArrayList<>();
        int supervisorCount = (supervisees + perSupervisor - 1) / perSupervisor;
        staff.append(prefix).append("head,Hana,Head,").append(prefix).append("head@example.org,MANAGER,2015-01-05,37,,,\n");
        for (int s = 0; s < supervisorCount; s++) {
            String id = prefix + "s" + s;
            staff.append(id).append(",Sam,Sup").append(s).append(',').append(id)
                    .append("@example.org,MANAGER,2015-01-05,37,").append(prefix).append("head,,\n");
            supervision.append(id).append(',').append(prefix).append("head,MANAGEMENT,2015-01-05,\n");
        }
        for (int w = 0; w < supervisees; w++) {
            String id = prefix + "w" + w;
            String supervisor = prefix + "s" + (w / perSupervisor);
            staff.append(id).append(",Sid,Worker").append(w).append(',').append(id)
                    .append("@example.org,SOCIAL_WORKER,2022-01-10,37,").append(supervisor).append(",,\n");
            supervision.append(id).append(',').append(supervisor).append(",MANAGEMENT,2022-01-10,\n");
            pairs.add(new String[] {id, supervisor});
        }
        directory.importStaff(new StringReader(staff.toString()));
        directory.importSupervision(new StringReader(supervision.toString()));
        return pairs;
    }

    /** The synthetic head of service has no supervisor: that agreement's job fails and waits for one. */
    private static void runAllDueJobs(ProcessEngine engine) {
        DueJobs.all(engine.getManagementService()).inPagesOf(500).failuresBecomeIncidents().run();
    }

    private static void setClock(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(LONDON).toInstant()));
    }

    /** Runs the action for every pair on the given number of threads; returns the seconds taken. */
    private static double phase(int threads, List<String[]> pairs, Consumer<String[]> action) throws Exception {
        long t = System.nanoTime();
        parallel(threads, pairs, action);
        return (System.nanoTime() - t) / 1e9;
    }

    private static void parallel(int threads, List<String[]> pairs, Consumer<String[]> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (String[] pair : pairs) {
            futures.add(pool.submit(() -> action.accept(pair)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    /** Repeats the action on the given threads for the given seconds (after a 2 s warm-up); returns operations/s. */
    private static double timed(int threads, int seconds, java.util.function.BooleanSupplier action) throws Exception {
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2); System.nanoTime() < end; ) {
            action.getAsBoolean();
        }
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end && action.getAsBoolean()) {
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private long commits(String db, boolean waitForStats) throws Exception {
        if (waitForStats) {
            Thread.sleep(11_000); // PostgreSQL 15 backends flush their statistics within 10 s of going idle
        }
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select xact_commit from pg_stat_database where datname = '" + db + "'")) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    private String createDatabase(String prefix) throws Exception {
        String db = prefix + "_" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("create database " + db);
        }
        createdDatabases.add(db);
        return db;
    }

    private void dropDatabase(String db) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + db + " with (force)");
        } catch (Exception e) {
            System.err.println("could not drop " + db + ": " + e.getMessage());
        }
    }

    private static String dbUrl(String db) {
        return URL.replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1");
    }

    private static String exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    private void row(String figure, String threads, double value, String unit, String ratio, String setup) {
        String shown = Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 1 ? "%.1f" : "%.2f", value);
        rows.add(new String[] {figure, threads, shown, unit, ratio, setup});
        System.out.printf("%-45s %-10s %10s %-14s %s%n", figure, threads, shown, unit, ratio);
    }

    private void write() throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        results.put("table", rows.stream().map(r -> Map.of("figure", r[0], "threads", r[1], "value", r[2], "unit", r[3],
                "ratio", r[4], "setup", r[5])).toList());
        Files.writeString(dir.resolve("results.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter().writeValueAsString(results));
        StringBuilder md = new StringBuilder("| Figure | Threads | Value | Unit | Ratio / note | Setup |\n|---|---|---:|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        Files.writeString(dir.resolve("results.md"), md.toString());
        System.out.println("\n" + md + "\nwritten: target/bench/results.json, target/bench/results.md");
    }
}
