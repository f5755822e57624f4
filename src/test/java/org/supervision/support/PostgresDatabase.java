package org.supervision.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for the tests that run on it ({@link AlsoOnPostgres} classes and the
 * {@code *PostgresIT} ones): the server named by SUPERVISION_TEST_JDBC_URL (with
 * SUPERVISION_TEST_JDBC_USER / _PASSWORD) when set, otherwise PostgreSQL binaries from Maven
 * Central started once per test JVM. Each Spring context gets a fresh database.
 */
public final class PostgresDatabase {

    /** The system property that selects the database of the {@link AlsoOnPostgres} classes: {@code postgres} or H2. */
    public static final String SELECTOR = "supervision.test.database";

    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {
    }

    /** A fresh database on the test server, connected as the server's superuser. */
    public record Database(String url, String user, String password) {
    }

    /** Whether this run puts the {@link AlsoOnPostgres} classes on PostgreSQL (Failsafe's {@code postgres} execution). */
    public static boolean isSelected() {
        return "postgres".equals(System.getProperty(SELECTOR));
    }

    /** A fresh database for a test class that needs one of its own (a {@code *PostgresIT}). */
    public static void register(DynamicPropertyRegistry registry) {
        properties(create()).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The application's settings for that database. */
    public static Map<String, Object> properties(Database database) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("camunda.bpm.database.type", "postgres");
        // as in application-postgres.yml, so the suite runs the engine on the production driver settings
        properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
        return properties;
    }

    public static Database create() {
        String external = System.getenv("SUPERVISION_TEST_JDBC_URL");
        String user = external != null ? env("SUPERVISION_TEST_JDBC_USER", "postgres") : "postgres";
        String password = external != null ? env("SUPERVISION_TEST_JDBC_PASSWORD", "") : "";
        String serverUrl = external != null ? external : embedded().getJdbcUrl("postgres", "postgres");
        String database = "supervision_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = java.sql.DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + serverUrl, e);
        }
        return new Database(serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), user, password);
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }
        return embedded;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
