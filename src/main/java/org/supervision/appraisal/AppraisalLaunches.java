package org.supervision.appraisal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.supervision.shared.AsSystem;
import org.supervision.shared.SupervisionClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches a period's appraisals for the whole organisation (004 §4, §18) without one giant
 * transaction: the {@code appraisal-launch} process starts at most {@code batch-size}
 * appraisal cycles per job, each of which continues in its own job, so one person's
 * failure is an incident for that person only. A relaunch skips everyone who already has
 * an appraisal for the period (and the database refuses duplicates).
 */
@Component("appraisalLaunches")
public class AppraisalLaunches {

    static final String LAUNCH_PROCESS = "appraisal-launch";
    static final String CYCLE_PROCESS = "appraisal-cycle";
    static final String LAUNCH_REQUESTED = "appraisalLaunchRequested";

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AppraisalLaunchRepository launches;
    private final AppraisalRepository appraisals;
    private final SupervisionClock clock;
    private final int batchSize;
    private final MonthDay midYearLaunch;
    private final MonthDay endOfYearLaunch;
    private final int launchWindowDays;

    AppraisalLaunches(RuntimeService runtime, IdentityService identity, AppraisalLaunchRepository launches,
                      AppraisalRepository appraisals, SupervisionClock clock,
                      @Value("${supervision.appraisal.launch-batch-size:200}") int batchSize,
                      @Value("${supervision.appraisal.mid-year-launch:09-01}") String midYearLaunch,
                      @Value("${supervision.appraisal.end-of-year-launch:03-01}") String endOfYearLaunch,
                      @Value("${supervision.appraisal.launch-window-days:14}") int launchWindowDays) {
        this.runtime = runtime;
        this.identity = identity;
        this.launches = launches;
        this.appraisals = appraisals;
        this.clock = clock;
        this.batchSize = batchSize;
        this.midYearLaunch = MonthDay.parse("--" + midYearLaunch);
        this.endOfYearLaunch = MonthDay.parse("--" + endOfYearLaunch);
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
                LocalDate launchDate = (period == AppraisalPeriod.MID_YEAR ? midYearLaunch : endOfYearLaunch).atYear(year);
                if (!today.isBefore(launchDate) && !today.isAfter(launchDate.plusDays(launchWindowDays))) {
                    return Optional.of(new Due(period, year));
                }
            }
        }
        return Optional.empty();
    }

    /** One batch, in its own job: starts up to batch-size appraisal cycles for people who have none yet. */
    public void launchNextBatch(DelegateExecution execution) {
        AppraisalLaunch launch = launch(execution.getVariable("launchId"));
        List<String> staffIds = appraisals.staffWithoutAppraisal(launch.getLaunchDate(), launch.getPeriod(),
                launch.getYear(), PageRequest.of(0, batchSize));
        staffIds.forEach(staffId -> start(staffId, launch.getPeriod(), launch.getYear(), launch.getId()));
        launch.created(staffIds.size());
        execution.setVariable("launchComplete", staffIds.size() < batchSize);
    }

    public void finish(DelegateExecution execution) {
        launch(execution.getVariable("launchId")).finish(clock.now());
    }

    /** One person's appraisal for the period, unless they have one already. */
    @Transactional
    public Appraisal launchFor(String staffId, AppraisalPeriod period, int year) {
        return appraisals.findByStaffIdAndPeriodAndYear(staffId, period, year)
                .orElseGet(() -> start(staffId, period, year, null));
    }

    private Appraisal start(String staffId, AppraisalPeriod period, int year, Long launchId) {
        Appraisal appraisal = appraisals.save(new Appraisal(staffId, period, year, launchId, clock.now()));
        String pid = AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(CYCLE_PROCESS)
                .businessKey(staffId).setVariable("staffId", staffId).setVariable("appraisalId", appraisal.getId())
                .execute().getId());
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
