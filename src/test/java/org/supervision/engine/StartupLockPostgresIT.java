package org.supervision.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.supervision.support.NodeProcess;
import org.supervision.support.PostgresDatabase;

/**
 * A new installation of two replicas: both nodes start on an empty PostgreSQL database at
 * the same moment. Each node is a JVM of its own. The test first holds the start-up lock
 * itself, as a node in the middle of its start would, so that both nodes are sure to be
 * at the same point when it lets go.
 */
class StartupLockPostgresIT {

    private static final String WAITING = "Another node is starting on this database";
    private static final String READY = "Ready: giving back the start-up lock";

    private final Map<String, String> database = new HashMap<>();

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseStartOneAfterTheOtherAndSetUpEverythingOnce() throws Exception {
        PostgresDatabase.register((name, value) -> database.put(name, String.valueOf(value.get())));
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password")));
        List<NodeProcess> nodes = new ArrayList<>();
        try (Connection startingNode = DriverManager.getConnection(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"));
             Statement statement = startingNode.createStatement()) {
            statement.execute("select pg_advisory_lock(" + StartupLock.KEY + ")");
            nodes.add(NodeProcess.start(Path.of("target", "startup-lock-node-1.log"), arguments()));
            nodes.add(NodeProcess.start(Path.of("target", "startup-lock-node-2.log"), arguments()));
            NodeProcess impatient = NodeProcess.start(Path.of("target", "startup-lock-impatient-node.log"),
                    arguments("--supervision.database.startup-lock-timeout=PT2S"));
            nodes.add(impatient);

            await(Duration.ofSeconds(240), () -> nodes.stream().allMatch(node -> !node.isAlive()
                    || node.output().contains(WAITING) && (node != impatient || node.output().contains("longer than"))));
            assertThat(nodes.subList(0, 2)).as("both nodes wait; see their logs in target/")
                    .allMatch(NodeProcess::isAlive).allMatch(node -> node.output().contains(WAITING));
            assertThat(impatient.output()).as("a node that waits longer than its timeout fails and says why")
                    .contains("Another node has been starting on this database for longer than PT2S"
                            + " (supervision.database.startup-lock-timeout)")
                    .doesNotContain("Started SupervisionApplication");
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                    + " where lower(table_name) like 'act\\_%'", Long.class))
                    .as("while they wait, neither node has touched Camunda's schema").isZero();

            statement.execute("select pg_advisory_unlock(" + StartupLock.KEY + ")");
            List<NodeProcess> pair = nodes.subList(0, 2);
            await(Duration.ofSeconds(300), () -> pair.stream().allMatch(node -> !node.isAlive() || node.output().contains(READY)));
            assertThat(pair).as("both nodes started and finished their start-up tasks; see their logs in target/")
                    .allMatch(NodeProcess::isAlive).allMatch(node -> node.output().contains(READY));
        } finally {
            for (NodeProcess node : nodes) {
                node.kill();
            }
        }

        NodeProcess first = logTime(nodes.get(0).output(), "Starting after waiting")
                .isBefore(logTime(nodes.get(1).output(), "Starting after waiting")) ? nodes.get(0) : nodes.get(1);
        NodeProcess second = first == nodes.get(0) ? nodes.get(1) : nodes.get(0);
        assertThat(logTime(second.output(), "Starting after waiting"))
                .as("the second node began its start only after the first was ready")
                .isAfterOrEqualTo(logTime(first.output(), READY));
        assertThat(jdbc.queryForList("select name_ from act_ru_filter", String.class))
                .as("each role's Tasklist filter created once").hasSize(4).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Long.class))
                .as("the processes deployed once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where version_ > 1", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_id_user", Long.class)).as("the administrator").isEqualTo(1);
    }

    private List<String> arguments(String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=0",
                "--management.server.port=0", "--logging.level.root=WARN",
                "--logging.level.org.supervision.engine.StartupLock=INFO",
                "--logging.level.org.supervision.SupervisionApplication=INFO"));
        database.forEach((name, value) -> args.add("--" + name + "=" + value));
        args.addAll(List.of(more));
        return args;
    }

    /** The time stamp of the first log line that contains the text. */
    private static Instant logTime(String log, String text) {
        Matcher line = Pattern.compile("(?m)^(\\S+)\\s.*" + Pattern.quote(text)).matcher(log);
        assertThat(line.find()).as("log line with '" + text + "'").isTrue();
        return Instant.parse(line.group(1));
    }

    private static void await(Duration timeout, java.util.function.BooleanSupplier condition) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }
}
