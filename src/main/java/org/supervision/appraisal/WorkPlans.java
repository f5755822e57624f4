package org.supervision.appraisal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Process glue of {@code work-plan}: a work plan within three months of joining, renewed
 * every year. Objectives are tied to service-plan objectives, one per line.
 */
@Component("workPlans")
public class WorkPlans {

    static final String PROCESS = "work-plan";
    static final List<String> FORM_FIELDS = List.of("objectives", "trainingNeeds", "supportNeeds", "constraints",
            "reviewDates");

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final WorkPlanRepository plans;
    private final WorkPlanObjectiveRepository objectives;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;
    private final Period within;
    private final Period renewalWithin;
    private final Period reminderBefore;
    private final Period renewAfter;

    WorkPlans(RuntimeService runtime, IdentityService identity, WorkPlanRepository plans,
              WorkPlanObjectiveRepository objectives, StaffMemberRepository staff, SupervisionClock clock,
              @Value("${supervision.appraisal.work-plan-within:P3M}") String within,
              @Value("${supervision.appraisal.work-plan-renewal-within:P1M}") String renewalWithin,
              @Value("${supervision.appraisal.work-plan-reminder-before:P14D}") String reminderBefore,
              @Value("${supervision.appraisal.work-plan-renew-after:P12M}") String renewAfter) {
        this.runtime = runtime;
        this.identity = identity;
        this.plans = plans;
        this.objectives = objectives;
        this.staff = staff;
        this.clock = clock;
        this.within = Period.parse(within);
        this.renewalWithin = Period.parse(renewalWithin);
        this.reminderBefore = Period.parse(reminderBefore);
        this.renewAfter = Period.parse(renewAfter);
    }

    @EventListener
    public void onJoined(StaffJoined joined) {
        start(joined.staffId());
    }

    public ProcessInstance start(String staffId) {
        return AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(PROCESS)
                .businessKey(staffId).setVariable("staffId", staffId).execute());
    }

    /**
     * Opens the next work plan. The first is due three months after the start date (or,
     * for someone who joined long before the product, a renewal period from today); later
     * ones a renewal period after they open.
     */
    public void open(DelegateExecution execution) {
        String staffId = (String) execution.getVariable("staffId");
        StaffMember member = staff.findById(staffId).orElseThrow();
        List<WorkPlan> earlier = plans.findByStaffIdOrderByPlanNumberAsc(staffId);
        LocalDate today = clock.today();
        LocalDate due = today.plus(renewalWithin);
        if (earlier.isEmpty() && member.getStartDate() != null && !member.getStartDate().plus(within).isBefore(today)) {
            due = member.getStartDate().plus(within);
        }
        WorkPlan plan = plans.save(new WorkPlan(staffId, earlier.size() + 1, today, due, execution.getProcessInstanceId()));
        execution.setVariable("workPlanId", plan.getId());
    }

    public Date dueAt(Long workPlanId) {
        return clock.endOf(plan(workPlanId).getDueOn());
    }

    public Date reminderAt(Long workPlanId) {
        return clock.endOf(plan(workPlanId).getDueOn().minus(reminderBefore));
    }

    /** When the next year's plan opens: a year (configurable) after this one was agreed. */
    public Date renewalAt(Long workPlanId) {
        WorkPlan plan = plan(workPlanId);
        LocalDate from = plan.getAgreedOn() == null ? clock.today() : plan.getAgreedOn();
        return Date.from(from.plus(renewAfter).atStartOfDay(clock.zone()).toInstant());
    }

    public boolean isActive(String staffId) {
        return staff.findById(staffId).map(m -> m.isActiveOn(clock.today())).orElse(false);
    }

    public void show(DelegateTask task) {
        WorkPlan plan = plan((Long) task.getVariable("workPlanId"));
        StaffMember member = staff.findById(plan.getStaffId()).orElseThrow();
        Map<String, Object> shown = new HashMap<>();
        shown.put("staffName", member.getFullName() + " (" + member.getId() + ", " + member.getCategory() + ")");
        shown.put("planDueOn", plan.getDueOn().toString());
        shown.put("previousObjectives", plans.latestAgreed(plan.getStaffId())
                .map(previous -> objectivesText(previous.getId())).orElse(null));
        task.setVariablesLocal(shown);
    }

    String objectivesText(Long workPlanId) {
        return objectivesText(objectives.findByWorkPlanIdOrderByPositionAsc(workPlanId));
    }

    /** A plan's objectives as the forms show them, one per line in the order they were agreed. */
    static String objectivesText(List<WorkPlanObjective> inOrder) {
        return inOrder.stream()
                .map(o -> o.getObjective() + " | " + o.getServicePlanObjective() + " | " + o.getMilestone() + " | "
                        + o.getReviewOn())
                .collect(Collectors.joining("\n"));
    }

    /** The supervisor records the agreed plan: validated first, nothing stored when a field is wrong. */
    public void agree(DelegateTask task) {
        FormInput form = FormInput.of(task);
        WorkPlan plan = plan((Long) task.getVariable("workPlanId"));
        List<ParsedObjective> parsed = parseObjectives(form.requiredText("objectives"), clock.today());
        String training = form.optionalText("trainingNeeds");
        String support = form.optionalText("supportNeeds");
        String constraints = form.optionalText("constraints");
        String reviewDates = form.optionalText("reviewDates");
        plan.agree(training, support, constraints, reviewDates, clock.today(), task.getAssignee(), clock.now());
        for (int i = 0; i < parsed.size(); i++) {
            ParsedObjective o = parsed.get(i);
            objectives.save(new WorkPlanObjective(plan.getId(), i + 1, o.objective(), o.servicePlanObjective(),
                    o.milestone(), o.reviewOn()));
        }
        form.discard(FORM_FIELDS.toArray(String[]::new));
    }

    record ParsedObjective(String objective, String servicePlanObjective, String milestone, LocalDate reviewOn) {
    }

    /** One objective per line: "objective | service-plan objective | milestone or target | review date (YYYY-MM-DD)". */
    static List<ParsedObjective> parseObjectives(String text, LocalDate today) {
        List<ParsedObjective> parsed = new ArrayList<>();
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", -1);
            String where = "line " + (i + 1) + " '" + lines.get(i) + "': ";
            if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new TaskInputException("objectives", where
                        + "write each objective as: objective | service-plan objective | milestone or target | review date (YYYY-MM-DD)");
            }
            LocalDate reviewOn = FormInput.dateInLine("objectives", where + "review date ", parts[3], DateWindow.ahead(today));
            parsed.add(new ParsedObjective(parts[0].strip(), parts[1].strip(), parts[2].strip(), reviewOn));
        }
        if (parsed.isEmpty()) {
            throw new TaskInputException("objectives", "give at least one objective");
        }
        return parsed;
    }

    private WorkPlan plan(Long id) {
        return plans.findById(id).orElseThrow(() -> new IllegalStateException("No work plan " + id));
    }
}
