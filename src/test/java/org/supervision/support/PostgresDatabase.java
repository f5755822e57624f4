package org.supervision.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for the *PostgresIT suite: the server named by SUPERVISION_TEST_JDBC_URL
 * (with SUPERVISION_TEST_JDBC_USER / _PASSWORD) when set, otherwise PostgreSQL binaries from
 * Maven Central started once per test JVM. Each Spring context gets a fresh database.
 */
public final class PostgresDatabase {

    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {
    }

    /** A fresh database on the test server, connected as the server's superuser. */
    public record Database(String url, String user, String password) {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Database database = create();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("camunda.bpm.database.type", () -> "postgres");
        // as in application-postgres.yml, so the suite runs the engine on the production driver settings
        registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
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
