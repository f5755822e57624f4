package org.supervision.learning;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.supervision.engine.AsSystem;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.staff.StaffJoined;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code learning-plan}: the plan agreed within three months of joining and
 * reviewed every April after the end-of-year appraisal. Each time the task opens,
 * the needs identified since (sessions, self-assessment, later appraisals) are collected
 * into the plan; the form shows the whole plan as editable lines.
 */
@Component("learningPlans")
public class LearningPlans {

    static final String PROCESS = "learning-plan";
    static final List<String> FORM_FIELDS = List.of("planItems", "superviseeAgreed", "planNotes");
    /** Task-local: the items the form showed, which the parties must plan. */
    static final String SHOWN_ITEMS = "shownItemIds";
    private static final Pattern EXISTING = Pattern.compile("^#(\\d+)\\s*\\|(.*)$");

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final LearningPlanRepository plans;
    private final PlanItemRepository items;
    private final PlanReviewRepository reviews;
    private final StaffMemberRepository staff;
    private final LearningNeedCollector collector;
    private final SupervisionClock clock;
    private final Period initialWithin;
    private final AnnualReviewDates reviewDates;

    LearningPlans(RuntimeService runtime, IdentityService identity, LearningPlanRepository plans, PlanItemRepository items,
                  PlanReviewRepository reviews, StaffMemberRepository staff, LearningNeedCollector collector,
                  SupervisionClock clock, AnnualReviewDates reviewDates,
                  @Value("${supervision.learning.initial-plan-within:P3M}") String initialWithin) {
        this.runtime = runtime;
        this.identity = identity;
        this.plans = plans;
        this.items = items;
        this.reviews = reviews;
        this.staff = staff;
        this.collector = collector;
        this.clock = clock;
        this.initialWithin = Period.parse(initialWithin);
        this.reviewDates = reviewDates;
    }

    @EventListener
    public void onJoined(StaffJoined joined) {
        start(joined.staffId());
    }

    /** Starts the plan of a member of staff who has none yet. */
    public ProcessInstance start(String staffId) {
        if (plans.findByStaffId(staffId).isPresent() || runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS).processInstanceBusinessKey(staffId).count() > 0) {
            return null;
        }
        return AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(PROCESS)
                .businessKey(staffId).setVariable("staffId", staffId).execute());
    }

    public void open(DelegateExecution execution) {
        String staffId = (String) execution.getVariable("staffId");
        StaffMember member = staff.findById(staffId).orElseThrow();
        // staff who joined before the product was introduced get the same period from today
        LocalDate due = member.getStartDate().plus(initialWithin);
        LocalDate dueOn = due.isBefore(clock.today()) ? clock.today().plus(initialWithin) : due;
        LearningPlan plan = plans.findByStaffId(staffId).orElseGet(() -> plans.save(
                new LearningPlan(staffId, dueOn, execution.getProcessInstanceId())));
        plan.attachProcess(execution.getProcessInstanceId());
    }

    /** The first plan is due by the end of the day three months after joining. */
    public Date initialDue(String staffId) {
        return clock.endOf(planOf(staffId).getDueOn());
    }

    /** The start of the next review day (default 15 April) after today. */
    public Date nextAnnualReview() {
        return Date.from(reviewDates.nextReviewDay(clock.today()).atStartOfDay(clock.zone()).toInstant());
    }

    public Date reviewDue() {
        return clock.endOf(reviewDates.dueOn(clock.today()));
    }

    public boolean isActive(String staffId) {
        return staff.findById(staffId).map(m -> m.isActiveOn(clock.today())).orElse(false);
    }

    /** Collects new needs into the plan and shows the plan as editable lines, task-local. */
    public void showPlan(DelegateTask task) {
        String staffId = (String) task.getVariable("staffId");
        List<PlanItem> added = collector.collect(staffId);
        StaffMember member = staff.findById(staffId).orElseThrow();
        LearningPlan plan = planOf(staffId);
        List<PlanItem> open = items.findByStaffIdOrderByIdAsc(staffId).stream()
                .filter(item -> item.getStatus() == PlanItem.Status.OPEN).toList();
        task.setVariablesLocal(Map.of(
                SHOWN_ITEMS, String.join(",", open.stream().map(item -> String.valueOf(item.getId())).toList()),
                "superviseeName", member.getFullName() + " (" + staffId + ")",
                "planDueOn", plan.getDueOn().toString(),
                "collectedNeeds", added.isEmpty() ? "No new needs since the plan was last agreed"
                        : String.join("\n", added.stream().map(LearningPlans::describe).toList()),
                "planItems", String.join("\n", open.stream().map(LearningPlans::line).toList())));
    }

    static String describe(PlanItem item) {
        return "#" + item.getId() + " " + item.getNeed() + " (" + item.getSource().toLowerCase().replace('_', ' ')
                + (item.getIdentifiedOn() == null ? "" : ", " + item.getIdentifiedOn()) + ")";
    }

    static String line(PlanItem item) {
        return "#" + item.getId() + " | " + item.getNeed() + " | " + nullToEmpty(item.getPlannedActivity()) + " | "
                + (item.getByWhen() == null ? "" : item.getByWhen());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Stores the agreed plan. Lines "#id | need | planned activity | by when [| MET or DROPPED]"
     * update an item; lines "need | planned activity | by when" add one. Every open item must
     * end with a planned activity and a date. Needs identified while the task was open are
     * collected too; the form did not show them, so they wait for the next review.
     */
    public void recordPlan(DelegateTask task, String kind) {
        FormInput form = FormInput.of(task);
        String staffId = (String) task.getVariable("staffId");
        // needs identified while the task was open join the plan, to be planned at the next review
        collector.collect(staffId);
        String lines = form.optionalText("planItems");
        boolean agreed = form.requiredBoolean("superviseeAgreed");
        if (!agreed) {
            throw new TaskInputException("superviseeAgreed",
                    "the plan is agreed by supervisor and supervisee together: complete the task once both agree");
        }
        String notes = form.optionalText("planNotes");
        LocalDate today = clock.today();
        java.util.Set<Long> mustBePlanned = new java.util.HashSet<>();
        Object shown = task.getVariableLocal(SHOWN_ITEMS);
        if (shown != null && !shown.toString().isBlank()) {
            for (String id : shown.toString().split(",")) {
                mustBePlanned.add(Long.parseLong(id));
            }
        }
        int number = 0;
        for (String raw : lines == null ? new String[0] : lines.split("\\R")) {
            number++;
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher existing = EXISTING.matcher(line);
            if (existing.matches()) {
                PlanItem item = items.findById(Long.parseLong(existing.group(1)))
                        .filter(i -> i.getStaffId().equals(staffId))
                        .orElseThrow(() -> new TaskInputException("planItems", "line " + existing.group(0)
                                + ": no such item in this plan"));
                String[] parts = existing.group(2).split("\\|", -1);
                if (parts.length < 3 || parts.length > 4) {
                    throw new TaskInputException("planItems", "line " + raw.trim()
                            + ": expected '#id | need | planned activity | by when (YYYY-MM-DD)'");
                }
                mustBePlanned.add(item.getId());
                String activity = parts[1].trim();
                String byWhen = parts[2].trim();
                item.plan(activity.isEmpty() ? null : activity, byWhen.isEmpty() ? null : date(raw, byWhen, today));
                if (parts.length == 4 && !parts[3].isBlank()) {
                    try {
                        item.setStatus(PlanItem.Status.valueOf(parts[3].trim().toUpperCase()));
                    } catch (IllegalArgumentException e) {
                        throw new TaskInputException("planItems", "line " + raw.trim()
                                + ": the status must be OPEN, MET or DROPPED");
                    }
                }
            } else {
                String[] parts = line.split("\\|", -1);
                if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                    throw new TaskInputException("planItems", "line " + line
                            + ": expected 'need | planned activity | by when (YYYY-MM-DD)'");
                }
                mustBePlanned.add(items.save(new PlanItem(staffId, parts[0].trim(), parts[1].trim(),
                        date(line, parts[2].trim(), today), "AGREED", null, today, today)).getId());
            }
        }
        items.flush();
        List<PlanItem> open = items.findByStaffIdOrderByIdAsc(staffId).stream()
                .filter(item -> item.getStatus() == PlanItem.Status.OPEN).toList();
        for (PlanItem item : open) {
            if (mustBePlanned.contains(item.getId()) && (item.getPlannedActivity() == null || item.getByWhen() == null)) {
                throw new TaskInputException("planItems", "#" + item.getId() + " '" + item.getNeed()
                        + "' needs a planned activity and a date by when");
            }
        }
        if (open.isEmpty()) {
            throw new TaskInputException("planItems", "the plan has no open item: add 'need | planned activity | by when'");
        }
        LearningPlan plan = planOf(staffId);
        PlanReview.Kind reviewKind = PlanReview.Kind.valueOf(kind);
        if (reviewKind == PlanReview.Kind.INITIAL) {
            plan.agree(today, task.getAssignee());
        } else {
            plan.reviewed(today, task.getAssignee());
        }
        reviews.save(new PlanReview(plan.getId(), reviewKind, today, task.getAssignee(), true, notes));
        form.discard(FORM_FIELDS.toArray(String[]::new));
    }

    /** A "by when" date: planned ahead, or already past for items being reviewed; within two years either way. */
    private static LocalDate date(String line, String text, LocalDate today) {
        DateWindow plausible = new DateWindow(DateWindow.behind(today).earliest(), DateWindow.ahead(today).latest(), today);
        return FormInput.dateInLine("planItems", "line " + line.trim() + ": ", text, plausible);
    }

    LearningPlan planOf(String staffId) {
        return plans.findByStaffId(staffId)
                .orElseThrow(() -> new IllegalStateException("No learning plan for " + staffId));
    }
}
