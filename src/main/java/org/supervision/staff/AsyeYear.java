package org.supervision.staff;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.supervision.engine.AsSystem;
import org.supervision.shared.ConflictingChangeException;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.UkDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a newly qualified social worker's assessed and supported year in employment
 * (ASYE), run by {@code processes/asye-year.bpmn}: 12 months after the start date, or on the
 * day the supervisor recorded, the member's category becomes {@link StaffCategory#SOCIAL_WORKER}
 * and {@link AsyeYearCompleted} is published (the agreement review listens). HR does not edit
 * the directory for it; a later import that still says ASYE keeps the post-ASYE category
 * ({@link #keepsPostAsyeCategory}), because the completion recorded here is the newer fact.
 */
@Component("asyeYear")
public class AsyeYear {

    static final String PROCESS = "asye-year";
    static final String OUTCOME_RECORDED = "asyeOutcomeRecorded";
    private static final int MAX_REASON = 1000;

    private final StaffMemberRepository staff;
    private final AsyeCompletionRepository completions;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final SupervisionClock clock;
    private final UkDates dates;

    AsyeYear(StaffMemberRepository staff, AsyeCompletionRepository completions, RuntimeService runtime,
             IdentityService identity, ApplicationEventPublisher events, SupervisionClock clock, UkDates dates) {
        this.staff = staff;
        this.completions = completions;
        this.runtime = runtime;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    @EventListener
    public void onJoined(StaffJoined joined) {
        staff.findById(joined.staffId()).filter(member -> member.getCategory() == StaffCategory.ASYE)
                .ifPresent(member -> start(member.getId()));
    }

    /** The day the year ends as things stand: a recorded outcome's day, else 12 months after the start date. */
    public LocalDate yearEndsOn(String staffId) {
        return completions.findFirstByStaffIdOrderByIdDesc(staffId).map(AsyeCompletion::yearEndsOn)
                .orElseGet(() -> member(staffId).getStartDate().plusMonths(12));
    }

    /** For the model's timer: the start of the day the year ends, local time. */
    public Date yearEndsAt(String staffId) {
        return Date.from(yearEndsOn(staffId).atStartOfDay(clock.zone()).toInstant());
    }

    /** Called by the model when the year's end is reached. */
    public void switchToPostAsyeRules(String staffId) {
        StaffMember member = member(staffId);
        AsyeCompletion completion = completions.findFirstByStaffIdOrderByIdDesc(staffId)
                .filter(AsyeCompletion::isCompleted)
                .orElseGet(() -> completions.save(AsyeCompletion.completed(staffId, yearEndsOn(staffId),
                        AsyeCompletion.SYSTEM, clock.now(), automaticReason(staffId, member))));
        if (member.getCategory() == StaffCategory.ASYE) {
            member.setCategory(StaffCategory.SOCIAL_WORKER);
        }
        if (member.isActiveOn(clock.today())) {
            events.publishEvent(new AsyeYearCompleted(staffId, completion.getCompletedOn()));
        }
    }

    /**
     * The supervisor's or line manager's decision: the year is completed on {@code day} (the
     * post-ASYE rules apply from then; today or earlier means now), or extended to {@code day}.
     */
    @Transactional
    public AsyeCompletion recordOutcome(String staffId, AsyeCompletion.Outcome outcome, LocalDate day, String reason,
                                        String recordedBy) {
        StaffMember member = member(staffId);
        if (member.getCategory() != StaffCategory.ASYE || completions.existsByStaffIdAndOutcome(staffId,
                AsyeCompletion.Outcome.COMPLETED)) {
            throw new ConflictingChangeException(member.getFullName() + " is not in their ASYE year: "
                    + "an outcome can only be recorded before the year has ended");
        }
        String why = checked(member, outcome, day, reason);
        AsyeCompletion recorded = completions.save(outcome == AsyeCompletion.Outcome.COMPLETED
                ? AsyeCompletion.completed(staffId, day, recordedBy, clock.now(), why)
                : AsyeCompletion.extended(staffId, day, recordedBy, clock.now(), why));
        if (running(staffId).isPresent()) {
            AsSystem.run(identity, () -> runtime.createMessageCorrelation(OUTCOME_RECORDED)
                    .processInstanceBusinessKey(staffId).correlate());
        } else {
            // an ASYE who joined before this process existed: the wait starts now, with the recorded day
            start(staffId);
        }
        return recorded;
    }

    /**
     * Starts the year's process for every ASYE in the directory who has none and whose year
     * has not been completed: those who were in the directory before this process existed
     * (an upgraded installation), so that their year ends on its own and not only when an
     * outcome is recorded. A year already past its end switches at once when its timer runs.
     * Run by the nightly job, once per cluster.
     */
    @Transactional
    public int startWhereMissing() {
        java.util.Set<String> running = AsSystem.call(identity, () -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS).list()).stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey)
                .collect(java.util.stream.Collectors.toSet());
        LocalDate today = clock.today();
        int started = 0;
        for (StaffMember member : staff.findByCategory(StaffCategory.ASYE)) {
            if (member.isActiveOn(today) && !running.contains(member.getId())
                    && !completions.existsByStaffIdAndOutcome(member.getId(), AsyeCompletion.Outcome.COMPLETED)) {
                start(member.getId());
                started++;
            }
        }
        return started;
    }

    /** Whether an import that says ASYE should keep the category the completed year gave the member. */
    boolean keepsPostAsyeCategory(String staffId, StaffCategory imported) {
        return imported == StaffCategory.ASYE
                && completions.existsByStaffIdAndOutcome(staffId, AsyeCompletion.Outcome.COMPLETED);
    }

    private String checked(StaffMember member, AsyeCompletion.Outcome outcome, LocalDate day, String reason) {
        if (outcome == null) {
            throw new TaskInputException("outcome", "choose whether the year is completed or extended");
        }
        if (day == null) {
            throw new TaskInputException("date", outcome == AsyeCompletion.Outcome.COMPLETED
                    ? "enter the day the year is completed" : "enter the day the year is extended to");
        }
        if (outcome == AsyeCompletion.Outcome.COMPLETED && day.isBefore(member.getStartDate())) {
            throw new TaskInputException("date", "the year cannot be completed before the start date, "
                    + dates.day(member.getStartDate()));
        }
        if (outcome == AsyeCompletion.Outcome.EXTENDED && !day.isAfter(yearEndsOn(member.getId()))) {
            throw new TaskInputException("date", "an extension must be to a day after "
                    + dates.day(yearEndsOn(member.getId())) + ", when the year ends now");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new TaskInputException("reason", "say why, in a sentence");
        }
        if (why.length() > MAX_REASON) {
            throw new TaskInputException("reason", "keep it to " + MAX_REASON + " characters");
        }
        return why;
    }

    private String automaticReason(String staffId, StaffMember member) {
        return completions.findFirstByStaffIdOrderByIdDesc(staffId)
                .map(extension -> "The extended ASYE year ended on " + dates.day(extension.yearEndsOn()))
                .orElse("12 months since the start date, " + dates.day(member.getStartDate()));
    }

    private void start(String staffId) {
        AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(PROCESS)
                .businessKey(staffId).setVariable("staffId", staffId).execute());
    }

    private Optional<String> running(String staffId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(staffId).singleResult()).map(instance -> instance.getId());
    }

    private StaffMember member(String staffId) {
        return staff.findById(staffId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown staff member '" + staffId + "'"));
    }
}
