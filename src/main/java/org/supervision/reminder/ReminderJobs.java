package org.supervision.reminder;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning the day's reminders and, for the managers whose day it is, the weekly digest.
 * Every node's scheduler fires; ShedLock ({@code reminders} row) lets one node run it, and
 * the sent-reminder ledger ({@code sent_reminder}) makes sure that even a second run on the
 * same day (a retry after a failure, a node whose lock expired) sends nothing twice. A
 * failure is logged; the next morning's run sends what is still due.
 */
@Component
class ReminderJobs {

    static final String LOCK = "reminders";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobs.class);

    private final DueReminders due;
    private final WeeklyDigest digest;

    ReminderJobs(DueReminders due, WeeklyDigest digest) {
        this.due = due;
        this.digest = digest;
    }

    @Scheduled(cron = "${supervision.reminders.cron:0 0 7 * * *}", zone = "${supervision.time-zone:Europe/London}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void run() {
        LockAssert.assertLocked();
        runNow();
    }

    /** The job's work without the lock: what a test, or an operator's rerun, calls. */
    void runNow() {
        int reminders = due.sendToday();
        int digests = digest.sendToday();
        LOG.info("Reminders sent: {}, weekly digests sent: {}", reminders, digests);
    }
}
