package org.supervision.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 14, for installations that ran an earlier version: removes from Camunda's
 * history the form values that {@code submit-form} wrote there before
 * {@link ProcessStateOnlyHistory} dropped them ({@code ACT_HI_DETAIL} rows of type
 * {@code FormProperty}), and gives the people a task is offered to the right to read its
 * variables, which Camunda now asks for ({@code enforceSpecificVariablePermission}; new tasks
 * get it from Camunda itself). On a new database Camunda's tables may not exist yet when
 * Flyway runs; then there is nothing to do.
 *
 * <p>A Java migration because the bit operation differs between H2 and PostgreSQL. Spring
 * Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class FormFieldHistoryRemoval implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(FormFieldHistoryRemoval.class);
    /** Camunda's Resources.TASK, Authorization.AUTH_TYPE_GRANT, Permissions.READ and TaskPermissions.READ_VARIABLE. */
    private static final int TASK = 7;
    private static final int GRANT = 1;
    private static final int READ = 2;
    private static final int READ_VARIABLE = 64;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14");
    }

    @Override
    public String getDescription() {
        return "remove form values from Camunda history; task readers may read its variables";
    }

    @Override
    public Integer getChecksum() {
        return 14;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!tableExists(connection, "ACT_HI_DETAIL")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            int removed = statement.executeUpdate("delete from ACT_HI_DETAIL where TYPE_ = 'FormProperty'");
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String withReadVariable = postgres ? "PERMS_ | " + READ_VARIABLE : "BITOR(PERMS_, " + READ_VARIABLE + ")";
            String has = postgres ? "(PERMS_ & %d) = %d" : "BITAND(PERMS_, %d) = %d";
            int granted = statement.executeUpdate("update ACT_RU_AUTHORIZATION set PERMS_ = " + withReadVariable
                    + " where TYPE_ = " + GRANT + " and RESOURCE_TYPE_ = " + TASK
                    + " and " + String.format(has, READ, READ) + " and " + String.format(has, READ_VARIABLE, 0));
            LOG.info("Removed {} form values from Camunda's history; {} task grants may now read the task's variables",
                    removed, granted);
        }
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        for (String candidate : new String[] {name, name.toLowerCase()}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, candidate, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
