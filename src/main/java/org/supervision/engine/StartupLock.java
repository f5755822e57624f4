package org.supervision.engine;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time start on a PostgreSQL database. Camunda creates its schema
 * without a lock: two nodes starting together on an empty database (a new Deployment of
 * two replicas) collide, and one fails with a duplicate key on PostgreSQL's catalogue. The
 * start-up tasks after it (Camunda's administrator, the Tasklist filters, the role grants)
 * check and then create, so two nodes could also both create a filter.
 *
 * <p>A node takes a PostgreSQL advisory lock on one connection before Camunda touches its
 * schema and gives it back once it accepts traffic (all start-up tasks done) or fails;
 * a node that dies loses it with its connection. Another node waits, up to
 * {@code supervision.database.startup-lock-timeout}, and then finds everything done.
 * Nothing is locked on H2, which only the demo and the tests use, each with its own
 * database.
 *
 * <p>Overrides nothing of Camunda's: a plugin's {@code preInit} runs before the engine's
 * schema work, which is the only moment a lock can still prevent it. Needed for
 * correctness (without it two of three nodes starting together failed). After a Camunda
 * upgrade: run {@code StartupLockPostgresIT}; if a release brings a locked schema creation
 * (check {@code DbSqlSession.dbSchemaCreate}), the lock still protects the product's own
 * start-up tasks.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin {

    /** The advisory lock's key (per database): "SUPVSTRT" in ASCII. */
    static final long KEY = 0x5355_5056_5354_5254L;
    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private final Duration timeout;
    private Connection held;

    StartupLock(DataSource dataSource, @Value("${supervision.database.startup-lock-timeout}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            held = connection;
            if (!tryLock()) {
                LOG.info("Another node is starting on this database; waiting up to {} until it has finished", timeout);
                long waitedFrom = System.nanoTime();
                lockWithin(timeout);
                LOG.info("Starting after waiting {} s for the other node", (System.nanoTime() - waitedFrom) / 1_000_000_000);
            }
        } catch (SQLException e) {
            release();
            throw new ProcessEngineException("Another node has been starting on this database for longer than "
                    + timeout + " (supervision.database.startup-lock-timeout), or the lock could not be taken", e);
        }
    }

    private boolean tryLock() throws SQLException {
        try (Statement statement = held.createStatement();
             var result = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private void lockWithin(Duration wait) throws SQLException {
        boolean autoCommit = held.getAutoCommit();
        held.setAutoCommit(false);
        try (Statement statement = held.createStatement()) {
            // local to this transaction; the advisory lock itself outlives it (session level)
            statement.execute("set local lock_timeout = " + Math.max(1, wait.toMillis()));
            statement.execute("select pg_advisory_lock(" + KEY + ")");
            held.commit();
        } finally {
            held.setAutoCommit(autoCommit);
        }
    }

    @EventListener
    public void started(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && held != null) {
            // said before the lock goes: once it has, the next node may log its start at once,
            // and the two logs must read in the order things happened
            LOG.info("Ready: giving back the start-up lock, the next node may start");
            release();
        }
    }

    /** Also when the start fails: the context is closed then. */
    @PreDestroy
    synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.warn("Could not give back the start-up lock ({}); it goes with the connection", e.getMessage());
        } finally {
            held = null;
        }
    }
}
