package org.supervision.appraisal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supervision.engine.AsSystem;
import org.supervision.engine.OwnTransaction;
import org.supervision.shared.SupervisionClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches a period's appraisals for the whole organisation without one giant
 * transaction: the {@code appraisal-launch} process goes through the staff active on the
 * launch date in id order, {@code batch-size} people per job, and starts the appraisal
 * cycles of those in the batch together; a batch that fails is launched again person by
 * person, so one person's failure is an incident for that person only. Everyone who already
 * has an appraisal for the period is skipped, so a relaunch creates only the missing ones
 * (and the database refuses duplicates).
 */
@Component("appraisalLaunches")
public class AppraisalLaunches {

    static final String LAUNCH_PROCESS = "appraisal-launch";
    static final String CYCLE_PROCESS = "appraisal-cycle";
    static final String LAUNCH_REQUESTED = "appraisalLaunchRequested";
    static final String LAUNCHED_ALONE = "appraisalLaunchedAlone";
    /** The last staff id a batch of this launch went through: the next batch starts after it. */
    static final String LAUNCHED_UP_TO = "launchedUpTo";
    private static final Logger LOG = LoggerFactory.getLogger(AppraisalLaunches.class);

    private final OwnTransaction ownTransaction;
    private final RuntimeService runtime;
    private final EntityManager entityManager;
    private final IdentityService identity;
    private final AppraisalLaunchRepository launches;
    private final AppraisalRepository appraisals;
    private final LaunchBatchReads reads;
    private final SupervisionClock clock;
    private final int batchSize;
    private final AppraisalCalendar calendar;
    private final int launchWindowDays;

    AppraisalLaunches(ProcessEngine engine, EntityManager entityManager, IdentityService identity,
                      AppraisalLaunchRepository launches, AppraisalRepository appraisals, LaunchBatchReads reads,
                      SupervisionClock clock, OwnTransaction ownTransaction, AppraisalCalendar calendar,
                      @Value("${supervision.appraisal.launch-batch-size:200}") int batchSize,
                      @Value("${supervision.appraisal.launch-window-days:14}") int launchWindowDays) {
        this.ownTransaction = ownTransaction;
        this.runtime = engine.getRuntimeService();
        this.entityManager = entityManager;
        this.identity = identity;
        this.launches = launches;
        this.appraisals = appraisals;
        this.reads = reads;
        this.clock = clock;
        this.batchSize = batchSize;
        this.calendar = calendar;
        this.launchWindowDays = launchWindowDays;
    }

    record Progress(Long id, AppraisalPeriod period, int year, LocalDate launchDate, AppraisalLaunch.Status status,
                    long total, long launched, int createdByThisLaunch) {
    }

    /**
     * Starts a launch for the period, or answers the one already running. A launch after a
     * finished one creates appraisals only for people who still have none.
     */
    @Transactional
    public AppraisalLaunch launch(AppraisalPeriod period, int year, String startedBy) {
        Optional<AppraisalLaunch> running = launches.findFirstByPeriodAndYearOrderByIdDesc(period, year)
                .filter(l -> l.getStatus() == AppraisalLaunch.Status.RUNNING);
        if (running.isPresent()) {
            return running.get();
        }
        AppraisalLaunch launch = newLaunch(period, year, startedBy);
        String pid = AsSystem.call(identity, () -> runtime.createMessageCorrelation(LAUNCH_REQUESTED)
                .processInstanceBusinessKey(period + "-" + year).setVariable("launchId", launch.getId())
                .correlateStartMessage().getId());
        launch.started(pid);
        return launch;
    }

    private AppraisalLaunch newLaunch(AppraisalPeriod period, int year, String startedBy) {
        LocalDate today = clock.today();
        return launches.save(new AppraisalLaunch(period, year, today, (int) appraisals.activeStaff(today), startedBy,
                clock.now()));
    }

    /**
     * The morning timer of {@code appraisal-launch}: on (or, if the system was down, within
     * a few days after) a configured launch date, opens that period's launch once.
     */
    public void checkCalendar(DelegateExecution execution) {
        Optional<Due> due = dueOn(clock.today());
        boolean launchDue = false;
        if (due.isPresent() && launches.findFirstByPeriodAndYearOrderByIdDesc(due.get().period(), due.get().year()).isEmpty()) {
            AppraisalLaunch launch = newLaunch(due.get().period(), due.get().year(), "timer");
            launch.started(execution.getProcessInstanceId());
            execution.setVariable("launchId", launch.getId());
            launchDue = true;
        }
        execution.setVariable("launchDue", launchDue);
    }

    record Due(AppraisalPeriod period, int year) {
    }

    /** The period whose launch date is today or at most the launch window ago; the year is the launch date's. */
    Optional<Due> dueOn(LocalDate today) {
        for (int year : List.of(today.getYear(), today.getYear() - 1)) {
            for (AppraisalPeriod period : AppraisalPeriod.values()) {
                LocalDate launchDate = calendar.launchDay(period, year);
                if (!today.isBefore(launchDate) && !today.isAfter(launchDate.plusDays(launchWindowDays))) {
                    return Optional.of(new Due(period, year));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One batch, in its own job. Everyone in it is started together in a transaction of its
     * own, straight through to their first task: one commit for the batch instead of a job
     * and a commit per person. If anything in it fails, none of it is kept and each person
     * of the batch is launched alone, their first step in a job of its own, so that whatever
     * failed becomes an incident for that person only and the others go on.
     */
    public void launchNextBatch(DelegateExecution execution) {
        AppraisalLaunch launch = launch(execution.getVariable("launchId"));
        String after = (String) execution.getVariable(LAUNCHED_UP_TO);
        List<String> candidates = appraisals.activeStaffAfter(launch.getLaunchDate(), after == null ? "" : after,
                PageRequest.of(0, batchSize));
        Set<String> launchedBefore = candidates.isEmpty() ? Set.of()
                : appraisals.withAppraisal(candidates, launch.getPeriod(), launch.getYear());
        List<String> staffIds = candidates.stream().filter(id -> !launchedBefore.contains(id)).toList();
        try {
            inTransactionOfItsOwn(() -> {
                // nobody's first step queries JPA (the batch's reads are done ahead), so the
                // batch's appraisals stay in the persistence context and are inserted together at
                // commit; only here, as a failed JDBC batch names its first statement, not the
                // cause (which the person-by-person relaunch below then reports)
                entityManager.unwrap(Session.class).setJdbcBatchSize(batchSize);
                try (LaunchBatchReads.ReadAhead batch = reads.readAhead(staffIds)) {
                    staffIds.forEach(staffId -> start(staffId, launch.getPeriod(), launch.getYear(), launch.getId(),
                            StartMode.NOW));
                }
            });
        } catch (RuntimeException batchFailed) {
            LOG.warn("Appraisal launch {}: a batch of {} failed together ({}); launching each of them alone",
                    launch.getId(), staffIds.size(), batchFailed.toString());
            staffIds.forEach(staffId -> start(staffId, launch.getPeriod(), launch.getYear(), launch.getId(), StartMode.IN_OWN_JOB));
        }
        launch.created(staffIds.size());
        if (!candidates.isEmpty()) {
            execution.setVariable(LAUNCHED_UP_TO, candidates.get(candidates.size() - 1));
        }
        execution.setVariable("launchComplete", candidates.size() < batchSize);
    }

    private void inTransactionOfItsOwn(Runnable work) {
        ownTransaction.run(work);
    }

    public void finish(DelegateExecution execution) {
        launch(execution.getVariable("launchId")).finish(clock.now());
    }

    /** One person's appraisal for the period, unless they have one already. */
    @Transactional
    public Appraisal launchFor(String staffId, AppraisalPeriod period, int year) {
        return appraisals.findByStaffIdAndPeriodAndYear(staffId, period, year)
                .orElseGet(() -> start(staffId, period, year, null, StartMode.NOW));
    }

    /** Straight through to the first task in the caller's transaction, or up to a job of its own before the first step. */
    private enum StartMode { NOW, IN_OWN_JOB }

    private Appraisal start(String staffId, AppraisalPeriod period, int year, Long launchId, StartMode mode) {
        Appraisal appraisal = appraisals.save(new Appraisal(staffId, period, year, launchId, clock.now()));
        Map<String, Object> variables = Map.of("staffId", staffId, "appraisalId", appraisal.getId());
        String pid = AsSystem.call(identity, () -> mode == StartMode.NOW
                ? runtime.createProcessInstanceByKey(CYCLE_PROCESS).businessKey(staffId).setVariables(variables).execute().getId()
                : runtime.createMessageCorrelation(LAUNCHED_ALONE).processInstanceBusinessKey(staffId).setVariables(variables)
                        .correlateStartMessage().getId());
        appraisal.started(pid);
        return appraisal;
    }

    public Optional<Progress> progress(Long launchId) {
        return launches.findById(launchId).map(l -> new Progress(l.getId(), l.getPeriod(), l.getYear(), l.getLaunchDate(),
                l.getStatus(), l.getTotal(), appraisals.launchedFor(l.getLaunchDate(), l.getPeriod(), l.getYear()),
                l.getCreatedCount()));
    }

    private AppraisalLaunch launch(Object id) {
        return launches.findById(((Number) id).longValue()).orElseThrow(() -> new IllegalStateException("No launch " + id));
    }
}
