package org.supervision.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.SupervisionApplication;
import org.supervision.reminder.ReminderJobRuns;
import org.supervision.staff.LdapTestDirectory;
import org.supervision.staff.NightlyIdentitySync;
import org.supervision.support.NodeProcess;
import org.supervision.support.PostgresDatabase;

/**
 * Camunda 7's cluster model on one PostgreSQL database: two application nodes (two Spring
 * contexts in this JVM, each with its own job executor and HTTP port) and a third node in
 * its own JVM, which completes tasks against the first at the same moment and is then
 * killed with SIGKILL mid-load. Side effects are rows in cluster_effect written in the
 * job's transaction (see {@link ClusterEffect}). The two in-JVM nodes also send mail to one
 * GreenMail server and read one LDAP directory (UnboundID, in this JVM), so that the jobs
 * that run once per cluster (reminders and digests, the LDAP sync) are seen to run once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterPostgresIT {

    private static final String TIMER = "cluster-timer";
    private static final String ASYNC = "cluster-async";
    private static final String TASK = "cluster-task";

    private final Map<String, String> database = new HashMap<>();
    private ProcessEngine cachedDefaultEngine;
    private ConfigurableApplicationContext node1;
    private ConfigurableApplicationContext node2;
    private NodeProcess third;
    private int thirdPort;
    private JdbcTemplate jdbc;
    private GreenMail smtp;
    private InMemoryDirectoryServer ldap;

    @BeforeAll
    void startTwoNodes() throws Exception {
        // Camunda keeps engines in a static registry by name (ProcessEngines), which /engine-rest
        // resolves "default" from; the nodes below take that name over, so remember whose it was
        // (a cached test context of another *PostgresIT) and give it back afterwards.
        cachedDefaultEngine = org.camunda.bpm.engine.ProcessEngines.getProcessEngines().get("default");
        PostgresDatabase.register((name, value) -> database.put(name, String.valueOf(value.get())));
        try (ServerSocket free = new ServerSocket(0)) {
            smtp = new GreenMail(new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
        smtp.start();
        ldap = LdapTestDirectory.start();
        // the first node creates the schema (Camunda and Flyway); the second finds it
        node1 = startNode();
        jdbc = new JdbcTemplate(node1.getBean(DataSource.class));
        jdbc.execute("create table cluster_effect (id bigserial primary key, effect_key varchar(200) not null,"
                + " node varchar(100) not null, done_at timestamp default now())");
        var identity = engine(node1).getIdentityService();
        var worker = identity.newUser("clusterworker");
        worker.setPassword("cluster-password");
        identity.saveUser(worker);
        node2 = startNode();
        node1.getBean(ProcessEngine.class).getRepositoryService().createDeployment().name("cluster-test")
                .addModelInstance(TIMER + ".bpmn", timerProcess())
                .addModelInstance(ASYNC + ".bpmn", asyncProcess())
                .addModelInstance(TASK + ".bpmn", taskProcess())
                .deploy();
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        ClockUtil.reset();
        if (third != null) {
            third.kill();
        }
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close();
        }
        if (cachedDefaultEngine != null) {
            org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(cachedDefaultEngine);
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (ldap != null) {
            ldap.shutDown(true);
        }
    }

    @Test
    @Order(1)
    void bothNodesStartOnOneDatabaseWithoutDuplicatingFiltersOrGrants() {
        assertThat(engine(node1).getFilterService().createFilterQuery().count())
                .as("role filters created once although AuthorizationSetup ran on both nodes")
                .isEqualTo(engine(node1).getFilterService().createFilterQuery().list().stream()
                        .map(f -> f.getName()).distinct().count());
        assertThat(jdbc.queryForObject("select count(*) from (select group_id_, resource_type_, resource_id_"
                + " from act_ru_authorization where group_id_ is not null group by 1, 2, 3 having count(*) > 1) d",
                Long.class)).as("no duplicated group grant").isZero();
        assertThat(port(node1)).isNotEqualTo(port(node2));
    }

    @Test
    @Order(1)
    void theNightlyIdentitySyncFiredOnBothNodesAtTheSameMomentRunsOnOne() throws Exception {
        // a new member of staff, not yet a Camunda user: the sync creates the user
        jdbc.update("insert into staff_member (id, first_name, last_name, email, category, start_date, hours_per_week)"
                + " values ('nightlynew', 'Nia', 'Night', 'nia.night@example.org', 'SOCIAL_WORKER', date '2020-01-01', 37)");
        onBothNodesAtOnce(node -> node.getBean(NightlyIdentitySync.class).run());

        assertThat(engine(node1).getIdentityService().createUserQuery().memberOfGroup("staff").userId("nightlynew").count())
                .as("the sync ran").isEqualTo(1);
        assertThat(nightlyRuns(node1) + nightlyRuns(node2)).as("on one node").isEqualTo(1);
    }

    @Test
    @Order(1)
    void theScheduledLdapSyncFiredOnBothNodesForTheSameSlotRunsOnce() throws Exception {
        onBothNodesAtOnce(LdapTestDirectory::scheduledSyncFires);

        assertThat(jdbc.queryForList("select outcome || ' ' || triggered_by || ' ' || created from ldap_sync_run", String.class))
                .as("one sync recorded, by the schedule, which brought everyone in")
                .containsExactly("ACCEPTED schedule " + LdapTestDirectory.STAFF_IMPORTED);
        assertThat(jdbc.queryForObject("select count(*) from staff_member where id like 'LD%'", Long.class))
                .isEqualTo(LdapTestDirectory.STAFF_IMPORTED);
        assertThat(jdbc.queryForList("select action from audit_log where record_type = 'StaffMember' and record_id = 'LDW1'",
                String.class)).as("imported once: one audit entry").containsExactly("CREATED");
        assertThat(engine(node2).getIdentityService().createUserQuery().userId("LDW1").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ldap_staff_link", Long.class))
                .isEqualTo(LdapTestDirectory.STAFF_IMPORTED);
    }

    @Test
    @Order(1)
    void theMorningRemindersAndDigestsRunOnBothNodesAndARetryArriveOncePerReminder() throws Exception {
        // Monday 30 November 2026, a digest day: Owen's session is overdue, Dee's due on Thursday
        LocalDate monday = LocalDate.of(2026, 11, 30);
        staffMember("rcmgr", "Mina", "Manager", "MANAGER", null);
        staffMember("rcsup", "Rafe", "Supervisor", "MANAGER", "rcmgr");
        staffMember("rcover", "Owen", "Overdue", "SOCIAL_WORKER", "rcsup");
        staffMember("rcdue", "Dee", "Duesoon", "SOCIAL_WORKER", "rcsup");
        session("rcover", monday.minusDays(3));
        session("rcdue", monday.plusDays(3));
        long ledgerBefore = jdbc.queryForObject("select count(*) from sent_reminder", Long.class);

        // the engine clock of this JVM is both nodes' clock
        ClockUtil.setCurrentTime(Date.from(monday.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
        try {
            // a node whose lock ran out while it was still at work: both do the whole run at the same moment
            onBothNodesAtOnce(ReminderJobRuns::runWithoutLock);

            assertThat(mails("rcsup", "Supervision due by 3 December 2026: Dee Duesoon")).isEqualTo(1);
            assertThat(mails("rcdue", "Your supervision is due by 3 December 2026")).isEqualTo(1);
            assertThat(mails("rcsup", "Overdue: supervision of Owen Overdue")).isEqualTo(1);
            assertThat(mails("rcover", "Your supervision is overdue")).isEqualTo(1);
            assertThat(mails("rcmgr", "Weekly digest: 1 thing overdue in your area")).isEqualTo(1);
            assertThat(mails("rcsup", "Weekly digest: 1 thing overdue in your area")).isEqualTo(1);
            assertThat(mails(null, "")).as("nothing else, nothing twice").isEqualTo(6);
            assertThat(jdbc.queryForObject("select count(*) from sent_reminder", Long.class) - ledgerBefore).isEqualTo(6);

            // the scheduler fires on both nodes; then the run is retried on each node after the other committed
            onBothNodesAtOnce(ReminderJobRuns::scheduledRunFires);
            for (ConfigurableApplicationContext node : List.of(node2, node1)) {
                lockRunsOut(ReminderJobRuns.lockName());
                ReminderJobRuns.scheduledRunFires(node);
            }
        } finally {
            ClockUtil.reset();
        }
        assertThat(mails(null, "")).as("the retries send nothing more").isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from sent_reminder", Long.class) - ledgerBefore).isEqualTo(6);
    }

    private static double nightlyRuns(ConfigurableApplicationContext node) {
        return node.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .get("supervision.identity.sync.nightly").timer().count();
    }

    @Test
    @Order(2)
    void aTimerDueOnBothNodesIsExecutedExactlyOnce() {
        Instant dueAt = Instant.now().plus(Duration.ofDays(1));
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            instances.add(engine(i % 2 == 0 ? node1 : node2).getRuntimeService()
                    .startProcessInstanceByKey(TIMER, Map.of("dueAt", Date.from(dueAt))).getId());
        }
        assertThat(effects(TIMER)).as("not due yet").isZero();

        // both nodes share this JVM's engine clock: from now on the 50 timers are due on both
        ClockUtil.setCurrentTime(Date.from(dueAt.plusSeconds(60)));
        try {
            await(Duration.ofSeconds(60), () -> runningInstances(TIMER) == 0);
        } finally {
            ClockUtil.reset();
        }
        assertThat(effects(TIMER)).isEqualTo(50);
        assertThat(distinctEffects(TIMER)).isEqualTo(50);
        assertThat(historicCompleted(TIMER)).isEqualTo(50);
    }

    @Test
    @Order(3)
    void aThousandAsyncJobsAreEachExecutedExactlyOnceSharedByBothNodes() throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(2);
        List<Future<?>> started = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            started.add(starters.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    engine(node).getRuntimeService().startProcessInstanceByKey(ASYNC);
                }
            }));
        }
        for (Future<?> f : started) {
            f.get();
        }
        starters.shutdown();
        await(Duration.ofSeconds(90), () -> runningInstances(ASYNC) == 0);

        assertThat(effects(ASYNC)).isEqualTo(1000);
        assertThat(distinctEffects(ASYNC)).isEqualTo(1000);
        assertThat(historicCompleted(ASYNC)).isEqualTo(1000);
        Map<String, Long> byNode = effectsByNode(ASYNC);
        System.out.println("[cluster] 1,000 async jobs by node: " + byNode);
        assertThat(byNode.get(lockOwner(node1))).as("node 1 worked").isPositive();
        assertThat(byNode.get(lockOwner(node2))).as("node 2 worked").isPositive();
        assertThat(clusterIncidents()).isEmpty();
    }

    @Test
    @Order(4)
    void theSameTaskCompletedFromTwoJvmsAtTheSameMomentSucceedsOnceAndTheOtherIsAConflict() throws Exception {
        // node 1 in this JVM and the third node in its own: two engines, as in production
        List<Integer> ports = List.of(port(node1), startThirdNode());
        int tasks = 100;
        for (int i = 0; i < tasks; i++) {
            engine(node1).getRuntimeService().startProcessInstanceByKey(TASK, Map.of("assignee", "clusterworker"));
        }
        List<String> taskIds = engine(node1).getTaskService().createTaskQuery().processDefinitionKey(TASK).list()
                .stream().map(t -> t.getId()).toList();
        assertThat(taskIds).hasSize(tasks);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("clusterworker:cluster-password".getBytes(StandardCharsets.UTF_8));
        ExecutorService pair = Executors.newFixedThreadPool(2);
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<Integer, String> loserAnswers = new TreeMap<>();
        for (String taskId : taskIds) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int port : ports) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/engine-rest/task/" + taskId + "/complete"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")).build();
                Callable<HttpResponse<String>> call = () -> {
                    together.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                };
                answers.add(pair.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() != 204) {
                    loserAnswers.merge(response.statusCode(), response.body(),
                            (a, b) -> a.contains(b) ? a : a.length() > 600 ? a : a + " | " + b);
                }
            }
            statuses.sort(Integer::compare);
            outcomes.merge(statuses.toString(), 1, Integer::sum);
        }
        pair.shutdown();
        System.out.println("[cluster] simultaneous completions (statuses per task -> tasks): " + outcomes
                + "; loser answers: " + loserAnswers);

        assertThat(outcomes).as("exactly one success per task, the other a 409 conflict")
                .containsOnlyKeys("[204, 409]").containsEntry("[204, 409]", tasks);
        assertThat(loserAnswers.get(409)).containsPattern("Someone else|clusterworker completed this task on");
        // no partial write: every task's completion ran the service task once, in one transaction
        assertThat(runningInstances(TASK)).isZero();
        assertThat(effects(TASK)).isEqualTo(tasks);
        assertThat(distinctEffects(TASK)).isEqualTo(tasks);
        assertThat(historicCompleted(TASK)).isEqualTo(tasks);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst t join act_hi_procinst p"
                + " on p.id_ = t.proc_inst_id_ where p.proc_def_key_ = ? and t.end_time_ is not null", Long.class, TASK))
                .as("one finished task per instance in the history").isEqualTo(tasks);
    }

    @Test
    @Order(5)
    void aNodeKilledWithSigkillDuringALoadOf500InstancesLeavesNothingLostOrDoneTwice() throws Exception {
        String closedNode = lockOwner(node2);
        node2.close();
        node2 = null;
        org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(engine(node1));
        startThirdNode();
        try {
            String survivor = lockOwner(node1);
            var survivorExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine(node1)
                    .getProcessEngineConfiguration()).getJobExecutor();
            // the load: 500 instances whose jobs the third node alone takes at first
            survivorExecutor.shutdown();
            long doneByThirdBefore = effectsExceptBy(survivor, closedNode);
            for (int i = 0; i < 500; i++) {
                engine(node1).getRuntimeService().startProcessInstanceByKey(ASYNC, Map.of("pauseMillis", 60));
            }
            await(Duration.ofSeconds(60), () -> effectsExceptBy(survivor, closedNode) - doneByThirdBefore >= 50
                    && lockedByOthers(survivor) > 0);
            long lockedAtKill = lockedByOthers(survivor);
            third.kill();
            Instant killedAt = Instant.now();
            long doneByDeadNode = effectsExceptBy(survivor, closedNode) - doneByThirdBefore;
            survivorExecutor.start();

            await(Duration.ofSeconds(60), () -> runningInstances(ASYNC) == 0);
            Duration takeover = Duration.between(killedAt, Instant.now());
            Map<String, Long> byNode = effectsByNode(ASYNC);
            System.out.printf("[cluster] kill -9: the dead node had done %d of 500 and held %d locked jobs; all 500 done"
                    + " %d ms after the kill; side effects by node over all async tests: %s%n", doneByDeadNode, lockedAtKill,
                    takeover.toMillis(), byNode);
            assertThat(lockedAtKill).as("the dead node held locked jobs").isPositive();
            assertThat(effects(ASYNC)).as("0 lost, 0 duplicates").isEqualTo(1500);
            assertThat(distinctEffects(ASYNC)).isEqualTo(1500);
            assertThat(historicCompleted(ASYNC)).isEqualTo(1500);
            // timer start events (e.g. the appraisal launch) and history cleanup have no process instance
            assertThat(jdbc.queryForObject("select count(*) from act_ru_job where process_instance_id_ is not null", Long.class))
                    .as("no job of a process instance left behind").isZero();
            assertThat(clusterIncidents()).isEmpty();
        } finally {
            third.kill();
        }
    }

    // ---------------------------------------------------------------------------------------

    /** The same work on both in-JVM nodes, released together as two nodes' schedulers would be; a node's failure is thrown. */
    private void onBothNodesAtOnce(Consumer<ConfigurableApplicationContext> work) throws Exception {
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Object>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(node1, node2)) {
                runs.add(pair.submit(() -> {
                    together.await();
                    work.accept(node);
                    return null;
                }));
            }
            for (Future<Object> run : runs) {
                run.get(); // rethrows a node's failure, e.g. both creating the same user
            }
        } finally {
            pair.shutdown();
        }
    }

    /** As if the job's cluster lock had run out: the next node the scheduler fires on runs it again. */
    private void lockRunsOut(String lock) {
        jdbc.update("update shedlock set lock_until = locked_at where name = ?", lock);
    }

    /** In post since 2020, their supervision processes long started (so a later import does not start them). */
    private void staffMember(String id, String firstName, String lastName, String category, String lineManager) {
        jdbc.update("insert into staff_member (id, first_name, last_name, email, category, start_date, hours_per_week,"
                + " line_manager_id, lifecycle_started_on) values (?, ?, ?, ?, ?, date '2020-01-06', 37, ?, date '2020-01-06')",
                id, firstName, lastName, id + "@example.org", category, lineManager);
    }

    /** An open management supervision session with the supervisee's line manager, under a signed agreement. */
    private void session(String supervisee, LocalDate dueOn) {
        String supervisor = jdbc.queryForObject("select line_manager_id from staff_member where id = ?", String.class, supervisee);
        jdbc.update("insert into supervision_relationship (supervisee_id, supervisor_id, type, valid_from)"
                + " values (?, ?, 'MANAGEMENT', date '2020-01-06')", supervisee, supervisor);
        Long agreement = jdbc.queryForObject("insert into supervision_agreement (staff_id, supervisor_id, status)"
                + " values (?, ?, 'SIGNED') returning id", Long.class, supervisee, supervisor);
        jdbc.update("insert into supervision_session (staff_id, supervision_type, sequence_number, agreement_id, due_on, status)"
                + " values (?, 'MANAGEMENT', 1, ?, ?, 'DUE')", supervisee, agreement, java.sql.Date.valueOf(dueOn));
    }

    /** Mails received to the person (anyone of the reminder test's people when null) whose subject starts so. */
    private long mails(String staffId, String subjectStart) throws MessagingException {
        long found = 0;
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            boolean toThem = Arrays.stream(mail.getAllRecipients()).map(Object::toString).anyMatch(to -> staffId == null
                    ? to.startsWith("rc") && to.endsWith("@example.org") : to.equals(staffId + "@example.org"));
            if (toThem && mail.getSubject().startsWith(subjectStart)) {
                found++;
            }
        }
        return found;
    }

    /** An in-JVM node, sending mail to the test's SMTP server and reading its LDAP directory (never on a schedule of its own). */
    private ConfigurableApplicationContext startNode() {
        List<String> arguments = new ArrayList<>(nodeArguments(0));
        arguments.add("--spring.mail.host=127.0.0.1");
        arguments.add("--spring.mail.port=" + smtp.getSmtp().getPort());
        LdapTestDirectory.settings(ldap, "-").forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(SupervisionApplication.class).run(arguments.toArray(String[]::new));
    }

    /**
     * The third node, in a JVM of its own, started once. Its job lock time is short, so that
     * the jobs it holds expire soon after it is killed.
     */
    private int startThirdNode() throws Exception {
        if (third == null) {
            try (ServerSocket free = new ServerSocket(0)) {
                thirdPort = free.getLocalPort();
            }
            List<String> arguments = new ArrayList<>(nodeArguments(thirdPort));
            arguments.add("--camunda.bpm.job-execution.lock-time-in-millis=4000");
            arguments.add("--logging.level.root=WARN");
            arguments.add("--logging.level.org.supervision.SupervisionApplication=INFO");
            third = NodeProcess.start(Path.of("target", "cluster-third-node.log"), arguments);
            await(Duration.ofSeconds(240), () -> !third.isAlive() || third.started());
            assertThat(third.isAlive()).as("third node started; see " + third.log()).isTrue();
        }
        return thirdPort;
    }

    private List<String> nodeArguments(int port) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--management.server.port=0",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--spring.datasource.hikari.maximum-pool-size=10"));
        database.forEach((name, value) -> args.add("--" + name + "=" + value));
        return args;
    }

    private static ProcessEngine engine(ConfigurableApplicationContext node) {
        return node.getBean(ProcessEngine.class);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String lockOwner(ConfigurableApplicationContext node) {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine(node)
                .getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
    }

    private List<String> clusterIncidents() {
        List<String> all = jdbc.queryForList("select coalesce(d.key_, '-') || ': ' || coalesce(i.incident_msg_, '')"
                + " from act_ru_incident i left join act_re_procdef d on d.id_ = i.proc_def_id_", String.class);
        if (!all.isEmpty()) {
            System.out.println("[cluster] incidents: " + all);
        }
        return all.stream().filter(incident -> incident.startsWith("cluster-")).toList();
    }

    private long effectsExceptBy(String node, String otherNode) {
        return jdbc.queryForObject("select count(*) from cluster_effect where node not in (?, ?)", Long.class, node, otherNode);
    }

    private long lockedByOthers(String survivor) {
        return jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null and lock_owner_ <> ?",
                Long.class, survivor);
    }

    private long effects(String processKey) {
        return jdbc.queryForObject("select count(*) from cluster_effect e join act_hi_procinst p"
                + " on e.effect_key like p.id_ || '/%' where p.proc_def_key_ = ?", Long.class, processKey);
    }

    private long distinctEffects(String processKey) {
        return jdbc.queryForObject("select count(distinct e.effect_key) from cluster_effect e join act_hi_procinst p"
                + " on e.effect_key like p.id_ || '/%' where p.proc_def_key_ = ?", Long.class, processKey);
    }

    private Map<String, Long> effectsByNode(String processKey) {
        Map<String, Long> byNode = new TreeMap<>();
        jdbc.query("select e.node, count(*) from cluster_effect e join act_hi_procinst p on e.effect_key like p.id_ || '/%'"
                + " where p.proc_def_key_ = ? group by e.node", rs -> {
            byNode.put(rs.getString(1), rs.getLong(2));
        }, processKey);
        return byNode;
    }

    private long runningInstances(String processKey) {
        return jdbc.queryForObject("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where d.key_ = ? and e.parent_id_ is null", Long.class, processKey);
    }

    private long historicCompleted(String processKey) {
        return jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ? and state_ = 'COMPLETED'",
                Long.class, processKey);
    }

    private static void await(Duration timeout, BooleanSupplier condition) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

    private static BpmnModelInstance timerProcess() {
        return Bpmn.createExecutableProcess(TIMER).name("Cluster test: timer").camundaHistoryTimeToLive(1)
                .startEvent("started").name("Started")
                .intermediateCatchEvent("due").name("Due").timerWithDate("${dueAt}")
                .serviceTask("effect").name("Write side effect").camundaClass(ClusterEffect.class.getName())
                .endEvent("done").name("Done").done();
    }

    private static BpmnModelInstance asyncProcess() {
        return Bpmn.createExecutableProcess(ASYNC).name("Cluster test: async job").camundaHistoryTimeToLive(1)
                .startEvent("started").name("Started")
                .serviceTask("effect").name("Write side effect").camundaAsyncBefore()
                .camundaClass(ClusterEffect.class.getName())
                .endEvent("done").name("Done").done();
    }

    private static BpmnModelInstance taskProcess() {
        return Bpmn.createExecutableProcess(TASK).name("Cluster test: user task").camundaHistoryTimeToLive(1)
                .startEvent("started").name("Started")
                .userTask("work").name("Someone completes").camundaAssignee("${assignee}")
                .serviceTask("effect").name("Write side effect").camundaClass(ClusterEffect.class.getName())
                .endEvent("done").name("Done").done();
    }
}
