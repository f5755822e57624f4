package org.supervision.staff;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly {@link IdentitySync#syncAll()}, when leaving dates and relationship end dates
 * take effect, once per cluster: every node's scheduler fires, and the node that takes the
 * {@code identity-sync} lock (ShedLock, a row in the database all nodes share) runs it while
 * the others skip. The lock is kept for at least 5 minutes, so a node whose clock is a few
 * minutes behind does not run it again after the first has finished.
 *
 * <p>Why ShedLock and not a BPMN timer process, although Camunda's job executor already locks
 * jobs across nodes: this is directory housekeeping, not a business process; ShedLock is the
 * smaller change (one annotation and a table), keeps the job out of Camunda's history and
 * Cockpit, and does not tie the staff directory to the engine's job executor. A BPMN timer
 * would show each night's run, and a failure as an incident, in Cockpit; here a failure is
 * logged and tomorrow's run retries, and the {@code supervision.identity.sync.nightly} timer
 * (Prometheus) shows when it last ran.
 *
 * <p>The same run starts the ASYE year's process for any ASYE who has none
 * ({@link AsyeYear#startWhereMissing()}): people in the directory before that process existed.
 *
 * <p>Imports and supervisor changes call {@link IdentitySync#syncAll()} directly, without
 * the lock: they must never be skipped.
 */
@Component
public class NightlyIdentitySync {

    static final String LOCK = "identity-sync";
    private static final Logger LOG = LoggerFactory.getLogger(NightlyIdentitySync.class);

    private final IdentitySync identitySync;
    private final AsyeYear asyeYear;
    private final Timer runs;

    NightlyIdentitySync(IdentitySync identitySync, AsyeYear asyeYear, MeterRegistry meters) {
        this.identitySync = identitySync;
        this.asyeYear = asyeYear;
        this.runs = Timer.builder("supervision.identity.sync.nightly")
                .description("Nightly syncs of Camunda's users and groups with the staff directory run on this node")
                .register(meters);
    }

    // the organisation's time zone, not the server's (a container's is often UTC)
    @Scheduled(cron = "${supervision.identity-sync.cron:0 15 1 * * *}", zone = "${supervision.time-zone:Europe/London}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void run() {
        LockAssert.assertLocked();
        runs.record(identitySync::syncAll);
        int asyeYears = asyeYear.startWhereMissing();
        LOG.info("Nightly identity sync done on this node{}", asyeYears == 0 ? ""
                : "; started the ASYE year of " + asyeYears + " ASYE(s) who had none");
    }
}
