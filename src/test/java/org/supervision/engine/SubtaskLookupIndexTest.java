package org.supervision.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The index behind every task completion's subtask lookup, as a DBA would check it. */
@IntegrationTest
@AlsoOnPostgres // PostgreSQL's planner picks the index once the table is large
class SubtaskLookupIndexTest {

    /** Camunda's statement, run by every task completion (Task.xml, selectTasksByParentTaskId). */
    private static final String SUBTASK_LOOKUP = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = ";

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void camundasTaskTableHasTheIndexOnTheParentTaskColumn() {
        assertThat(indexedColumns(SubtaskLookupIndex.NAME)).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void withThousandsOfOpenTasksTheSubtaskLookupReadsTheIndexAndFindsTheSubtask() {
        TaskService tasks = engine.getTaskService();
        Task parent = tasks.newTask();
        parent.setName("Prepare the team's appraisal moderation");
        tasks.saveTask(parent);
        Task subtask = tasks.newTask();
        subtask.setName("Collect the supervisors' recommendations");
        subtask.setParentTaskId(parent.getId());
        tasks.saveTask(subtask);
        try {
            List<String> plan = new TransactionTemplate(transactions).execute(status -> {
                // an appraisal window's open tasks, rolled back afterwards
                List<Object[]> open = new ArrayList<>();
                for (int i = 0; i < 5000; i++) {
                    open.add(new Object[] {"open-" + i});
                }
                jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, SUSPENSION_STATE_) "
                        + "values (?, 1, 'Supervisor appraises', 50, 1)", open);
                if (isPostgres()) {
                    jdbc.execute("analyze ACT_RU_TASK");
                }
                List<String> lines = jdbc.queryForList("explain " + SUBTASK_LOOKUP + "'" + parent.getId() + "'", String.class);
                status.setRollbackOnly();
                return lines;
            });
            assertThat(String.join("\n", plan)).containsIgnoringCase(SubtaskLookupIndex.NAME);
            assertThat(tasks.getSubTasks(parent.getId())).extracting(Task::getId).containsExactly(subtask.getId());
        } finally {
            tasks.deleteTask(subtask.getId(), true);
            tasks.deleteTask(parent.getId(), true);
        }
    }

    @Test
    void switchedOffItLeavesTheSchemaAloneAndSwitchedOnItCreatesTheIndexOnceHoweverOftenNodesStart() {
        jdbc.execute("drop index " + SubtaskLookupIndex.NAME);
        try {
            new SubtaskLookupIndex(false).postProcessEngineBuild(engine);
            assertThat(indexedColumns(SubtaskLookupIndex.NAME)).isEmpty();
        } finally {
            new SubtaskLookupIndex(true).postProcessEngineBuild(engine);
            new SubtaskLookupIndex(true).postProcessEngineBuild(engine);
        }
        assertThat(indexedColumns(SubtaskLookupIndex.NAME)).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void nodesStartingAtTheSameMomentAllStartAndLeaveOneIndex() throws Exception {
        jdbc.execute("drop index " + SubtaskLookupIndex.NAME);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                starts.add(nodes.submit(() -> new SubtaskLookupIndex(true).postProcessEngineBuild(engine)));
            }
            for (Future<?> start : starts) {
                start.get(); // rethrows a failed start
            }
        } finally {
            nodes.shutdown();
        }
        assertThat(indexedColumns(SubtaskLookupIndex.NAME)).containsExactly("PARENT_TASK_ID_");
    }

    private boolean isPostgres() {
        return "postgres".equals(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration()).getDatabaseType());
    }

    /** The columns of the named index on ACT_RU_TASK, from the driver's metadata (any letter case). */
    private List<String> indexedColumns(String index) {
        return jdbc.execute((Connection connection) -> {
            DatabaseMetaData metadata = connection.getMetaData();
            String table = metadata.storesLowerCaseIdentifiers() ? "act_ru_task" : "ACT_RU_TASK";
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = metadata.getIndexInfo(null, null, table, false, false)) {
                while (rows.next()) {
                    if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        columns.add(rows.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
            return columns;
        });
    }
}
