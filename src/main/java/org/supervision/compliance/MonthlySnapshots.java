package org.supervision.compliance;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores last month's compliance snapshot once per cluster, as the nightly identity sync runs:
 * every node's scheduler fires every night, the node that takes the {@code compliance-snapshot}
 * lock (ShedLock, {@code shared.ClusterScheduling}) runs it, the others skip. Nightly rather
 * than on the 1st: a night missed (a deployment, a failure, logged) is made up the next night,
 * and a month already stored is left as it is, so running again stores nothing twice.
 */
@Component
class MonthlySnapshots {

    static final String LOCK = "compliance-snapshot";
    private static final Logger LOG = LoggerFactory.getLogger(MonthlySnapshots.class);

    private final Snapshots snapshots;

    MonthlySnapshots(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    // the organisation's time zone, not the server's
    @Scheduled(cron = "${supervision.compliance.snapshot-cron:0 30 2 * * *}", zone = "${supervision.time-zone:Europe/London}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void run() {
        LockAssert.assertLocked();
        LOG.info("Compliance snapshots taken for {}", snapshots.takeMissing());
    }
}
