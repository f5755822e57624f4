package org.supervision.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The side effect whose count proves exactly-once execution: one row in cluster_effect per
 * execution, written on the engine's own connection, so it commits or rolls back with the
 * job. No unique key on purpose: a second execution would show up as a second row.
 * The row names the node (its job executor's lock owner) that ran it.
 */
public class ClusterEffect implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Object pause = execution.getVariable("pauseMillis");
        if (pause instanceof Number millis && millis.longValue() > 0) {
            Thread.sleep(millis.longValue());
        }
        var configuration = Context.getProcessEngineConfiguration();
        String node = configuration.getJobExecutor() == null ? "none" : configuration.getJobExecutor().getLockOwner();
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into cluster_effect (effect_key, node) values (?, ?)")) {
            insert.setString(1, execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId());
            insert.setString(2, node);
            insert.executeUpdate();
        }
    }
}
