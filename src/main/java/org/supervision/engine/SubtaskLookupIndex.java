package org.supervision.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The index on ACT_RU_TASK.PARENT_TASK_ID_ that Camunda 7.24 creates only on SQL Server
 * (camunda-bpm-platform#4030). Every task completion asks for the task's subtasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}); without the index that
 * reads every open task, which grows with the organisation: during an appraisal window of
 * 10,000 staff it takes as long as all the other statements of a completion together
 * (docs/benchmarks.md, figure 4s).
 *
 * <p>Created right after the engine has created or checked its own schema, under Camunda's
 * name for it (so a Camunda schema that brings the index makes this a no-op); of nodes
 * starting together on one database the first creates it and the others find it. An
 * installation whose DBA manages Camunda's schema by script switches it off
 * ({@code supervision.database.subtask-index}) and adds the index there.
 *
 * <p>What it buys (benchmark figure 4s, 20,000 open tasks on PostgreSQL): the lookup takes
 * 0.05 ms with the index against 2.1-5.2 ms without it, as long as a whole bare-engine
 * completion. After a Camunda upgrade: check whether its SQL scripts now create
 * {@code ACT_IDX_TASK_PARENT_TASK_ID} on every database (then remove this class; the
 * upgrade script would fail on the existing index: drop it first, deploy/README.md
 * "Upgrading"), and run {@code SubtaskLookupIndexTest}.
 */
@Component
class SubtaskLookupIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "ACT_IDX_TASK_PARENT_TASK_ID";
    private static final Logger LOG = LoggerFactory.getLogger(SubtaskLookupIndex.class);

    private final boolean enabled;

    SubtaskLookupIndex(@Value("${supervision.database.subtask-index}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!enabled) {
            return;
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_TASK";
        try (Connection connection = configuration.getDataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index if not exists " + NAME + " on " + table + " (PARENT_TASK_ID_)");
            } catch (SQLException e) {
                // another node starting at the same moment may have created it first
                if (!exists(connection, table)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot create index " + NAME + " on " + table
                    + " (switch supervision.database.subtask-index off to manage it yourself)", e);
        }
        LOG.info("Subtask lookups use index {} on {}", NAME, table);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String name = metadata.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        try (ResultSet indexes = metadata.getIndexInfo(null, null, name, false, false)) {
            while (indexes.next()) {
                if (NAME.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
