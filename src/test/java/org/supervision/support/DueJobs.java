package org.supervision.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * Runs the jobs that are due on the engine clock, as the job executor would (it is off in
 * tests), round after round until none is due: a job often leaves the next one (an
 * asynchronous continuation, a timer that fell due on the same day). The one loop of the
 * tests; what they differ in are the options: which jobs ({@link #of}, {@link #all},
 * {@link #matching}), how many a round ({@link #inPagesOf}, so a whole organisation's jobs are
 * not loaded at once) and what a failing job does ({@link #failuresBecomeIncidents}).
 */
public final class DueJobs {

    /** More rounds than that means jobs keep creating due jobs: a loop in a process, not a busy day. */
    private static final int ROUNDS = 100;

    private final ManagementService management;
    private final Supplier<JobQuery> jobs;
    private int pageSize = Integer.MAX_VALUE;
    private boolean failuresBecomeIncidents;

    /** What one run did: jobs that went through, and failed attempts (each costs the job a retry). */
    public record Outcome(int executed, int failed) {
    }

    private DueJobs(ManagementService management, Supplier<JobQuery> jobs) {
        this.management = management;
        this.jobs = jobs;
    }

    /** The due jobs of one process instance. */
    public static DueJobs of(ManagementService management, String processInstanceId) {
        return new DueJobs(management, () -> management.createJobQuery().processInstanceId(processInstanceId));
    }

    /** Every due job of every process, as the job executor sees them. */
    public static DueJobs all(ManagementService management) {
        return new DueJobs(management, management::createJobQuery);
    }

    /** The due jobs among those of the query (it need not ask for executable jobs: the run does). */
    public static DueJobs matching(ManagementService management, Supplier<JobQuery> query) {
        return new DueJobs(management, query);
    }

    /** Fetches at most this many jobs a round. */
    public DueJobs inPagesOf(int size) {
        this.pageSize = size;
        return this;
    }

    /**
     * A job that fails does not stop the run: as in production it loses a retry and, once it
     * has none left, becomes an incident for that process instance only. By default a failure
     * is thrown to the test.
     */
    public DueJobs failuresBecomeIncidents() {
        this.failuresBecomeIncidents = true;
        return this;
    }

    public Outcome run() {
        int executed = 0;
        int failed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            JobQuery due = jobs.get().executable();
            List<Job> page = pageSize == Integer.MAX_VALUE ? due.list() : due.listPage(0, pageSize);
            if (page.isEmpty()) {
                return new Outcome(executed, failed);
            }
            for (Job job : page) {
                try {
                    management.executeJob(job.getId());
                    executed++;
                } catch (RuntimeException e) {
                    if (!failuresBecomeIncidents) {
                        throw e;
                    }
                    failed++;
                }
            }
        }
        throw new IllegalStateException("Jobs still due after " + ROUNDS + " rounds: they keep creating due jobs");
    }
}
