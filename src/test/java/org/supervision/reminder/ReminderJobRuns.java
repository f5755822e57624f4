package org.supervision.reminder;

import org.springframework.context.ApplicationContext;

/** The morning reminder job of one application node, for tests in other packages (the cluster test). */
public final class ReminderJobRuns {

    private ReminderJobRuns() {
    }

    /** What the node's scheduler calls at the configured time: the job with its cluster lock. */
    public static void scheduledRunFires(ApplicationContext node) {
        node.getBean(ReminderJobs.class).run();
    }

    /** The job's work without the lock, as on a node whose lock ran out while it was still at work. */
    public static void runWithoutLock(ApplicationContext node) {
        node.getBean(ReminderJobs.class).runNow();
    }

    /** The name of the job's row in the {@code shedlock} table. */
    public static String lockName() {
        return ReminderJobs.LOCK;
    }
}
