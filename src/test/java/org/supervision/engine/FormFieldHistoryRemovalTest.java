package org.supervision.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An installation upgraded from a version that let {@code submit-form} write form values into
 * Camunda's history: migration 14 removes them, and lets the people a task was offered to
 * before the upgrade read its form, which Camunda now asks a permission for.
 */
@IntegrationTest
@AlsoOnPostgres // PostgreSQL's bit operators differ from H2's
class FormFieldHistoryRemovalTest {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuthorizationService authorizations;

    @Test
    void formValuesLeaveTheHistoryAndEarlierTaskGrantsMayReadTheForm() throws Exception {
        jdbc.update("insert into ACT_HI_DETAIL (ID_, TYPE_, PROC_INST_ID_, NAME_, TEXT_, TIME_) values (?, ?, ?, ?, ?, ?)",
                "legacy-form-field", "FormProperty", "legacy-instance", "supportive",
                "LEGACY-MARKER worry about the home visit", Timestamp.from(Instant.now()));
        Authorization earlier = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        earlier.setUserId("eclark");
        earlier.setResource(Resources.TASK);
        earlier.setResourceId("legacy-task");
        earlier.addPermission(Permissions.READ);
        earlier.addPermission(Permissions.UPDATE);
        authorizations.saveAuthorization(earlier);
        assertThat(WebClient.basic(port, "admin", "test-admin-password").get("/engine-rest/history/detail").body())
                .contains("LEGACY-MARKER");

        try (Connection connection = dataSource.getConnection()) {
            new FormFieldHistoryRemoval().migrate(contextOf(connection));
        }

        assertThat(WebClient.basic(port, "admin", "test-admin-password").get("/engine-rest/history/detail").body())
                .doesNotContain("LEGACY-MARKER");
        Authorization after = authorizations.createAuthorizationQuery().userIdIn("eclark").resourceType(Resources.TASK)
                .resourceId("legacy-task").singleResult();
        assertThat(after.getPermissions(new org.camunda.bpm.engine.authorization.Permission[] {
                org.camunda.bpm.engine.authorization.TaskPermissions.READ_VARIABLE})).isNotEmpty();
        assertThat(after.isPermissionGranted(Permissions.UPDATE)).as("what it had stays").isTrue();
        authorizations.deleteAuthorization(after.getId());
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
