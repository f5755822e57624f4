package org.supervision.audit;

import org.supervision.shared.OnEveryNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What lets operators notice, from outside the database, what verification alone cannot:
 * the newest entries removed together with the head's record of them. Every day the chain
 * is verified and its last entry's id and MAC are logged (logs are kept elsewhere), and the
 * next day's verification checks that entry still carries that MAC. Prometheus sees the
 * chain's length, so a drop shows in monitoring, and the last verification's outcome.
 */
@Component
class AuditChainMonitor implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainMonitor.class);

    private final AuditVerification verification;
    private final JdbcTemplate jdbc;
    private volatile AuditVerification.Checkpoint lastCheckpoint;
    private volatile AuditVerification.Result lastResult;

    AuditChainMonitor(AuditVerification verification, JdbcTemplate jdbc) {
        this.verification = verification;
        this.jdbc = jdbc;
    }

    /** Daily (supervision.audit.verify-cron), on every node; read-only. */
    @OnEveryNode(reason = "read-only; each node checks the chain against the checkpoint it noted the day before "
            + "and reports the result in its own gauge, so a node that misses a day does not hide a shortened chain")
    @Scheduled(cron = "${supervision.audit.verify-cron:0 30 2 * * *}", zone = "${supervision.time-zone:Europe/London}")
    public AuditVerification.Result verifyDaily() {
        AuditVerification.Result result = verification.verify(lastCheckpoint);
        lastResult = result;
        if (result.intact()) {
            if (result.entriesChecked() > 0) {
                lastCheckpoint = new AuditVerification.Checkpoint(result.entriesChecked(), result.lastEntryMac());
            }
            LOG.info("Audit chain verified: {}", result.summary());
        } else {
            LOG.error("Audit chain verification failed: {}", result.summary());
        }
        return result;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("supervision.audit.chain.entries", jdbc, this::newestEntry)
                .description("Id of the audit log's newest entry (all nodes read the same database): it only ever grows,"
                        + " so a drop means entries were removed")
                .register(registry);
        Gauge.builder("supervision.audit.chain.intact", this, monitor -> {
                    AuditVerification.Result result = monitor.lastResult;
                    return result == null ? Double.NaN : result.intact() ? 1 : 0;
                })
                .description("1 when this node's last daily verification of the audit chain found it intact, 0 when not,"
                        + " NaN before the first")
                .register(registry);
    }

    private double newestEntry(JdbcTemplate jdbc) {
        try {
            Long newest = jdbc.queryForObject("select max(id) from audit_log", Long.class);
            return newest == null ? 0 : newest;
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the audit chain's length: {}", e.toString());
            return Double.NaN;
        }
    }
}
