package org.supervision.appraisal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.stereotype.Component;

/**
 * What an appraisal's first steps read about its person: their directory entry, the work
 * plan in force and its objectives. While a launch batch runs, these are read for all of
 * its people in three queries rather than three per person; otherwise, and for anyone not
 * in the batch, each is read when asked.
 *
 * <p>The rule that makes it work: the steps an appraisal runs from its start to its first
 * task ({@code Appraisals}, {@code WorkPlans}) read the person, the plan and the objectives
 * through this class, never through the repositories directly; a new read there that goes
 * straight to a repository still works, but costs one query per person of a 10,000-person
 * launch. The batch is bound to the launching thread ({@link ReadAhead}, closed when the
 * batch ends), so nothing read here outlives its transaction. What it buys: three round
 * trips less per person launched, about 30,000 less in a launch of 10,000 staff, whose goal
 * is 30 seconds (docs/benchmarks.md, figure 4).
 */
@Component
class LaunchBatchReads {

    private record Batch(Map<String, StaffMember> members, Map<String, Long> planInForce,
                         Map<Long, String> objectivesText) {
    }

    /** Closes the batch's reads; try-with-resources keeps them to the batch's thread and duration. */
    interface ReadAhead extends AutoCloseable {
        @Override
        void close();
    }

    private static final ThreadLocal<Batch> CURRENT = new ThreadLocal<>();

    private final StaffMemberRepository staff;
    private final WorkPlanRepository plans;
    private final WorkPlanObjectiveRepository objectives;

    LaunchBatchReads(StaffMemberRepository staff, WorkPlanRepository plans, WorkPlanObjectiveRepository objectives) {
        this.staff = staff;
        this.plans = plans;
        this.objectives = objectives;
    }

    ReadAhead readAhead(Collection<String> staffIds) {
        Map<String, StaffMember> members = staff.findAllById(staffIds).stream()
                .collect(Collectors.toMap(StaffMember::getId, Function.identity()));
        Map<String, Long> planInForce = new HashMap<>();
        staffIds.forEach(id -> planInForce.put(id, null));
        plans.agreedOf(staffIds).stream()
                .collect(Collectors.toMap(WorkPlan::getStaffId, Function.identity(),
                        (a, b) -> a.getPlanNumber() > b.getPlanNumber() ? a : b))
                .forEach((staffId, plan) -> planInForce.put(staffId, plan.getId()));
        List<Long> planIds = planInForce.values().stream().filter(id -> id != null).toList();
        Map<Long, String> objectivesText = planIds.isEmpty() ? Map.of()
                : objectives.findByWorkPlanIdIn(planIds).stream()
                        .sorted(Comparator.comparing(WorkPlanObjective::getPosition))
                        .collect(Collectors.groupingBy(WorkPlanObjective::getWorkPlanId,
                                Collectors.collectingAndThen(Collectors.toList(), WorkPlans::objectivesText)));
        CURRENT.set(new Batch(members, planInForce, objectivesText));
        return CURRENT::remove;
    }

    StaffMember member(String staffId) {
        Batch batch = CURRENT.get();
        StaffMember member = batch == null ? null : batch.members().get(staffId);
        return member != null ? member : staff.findById(staffId).orElseThrow();
    }

    /** The id of the newest agreed work plan, or null when the person has none. */
    Long workPlanInForce(String staffId) {
        Batch batch = CURRENT.get();
        if (batch != null && batch.planInForce().containsKey(staffId)) {
            return batch.planInForce().get(staffId);
        }
        return plans.latestAgreed(staffId).map(WorkPlan::getId).orElse(null);
    }

    String objectivesText(Long workPlanId) {
        Batch batch = CURRENT.get();
        String text = batch == null ? null : batch.objectivesText().get(workPlanId);
        return text != null ? text : WorkPlans.objectivesText(objectives.findByWorkPlanIdOrderByPositionAsc(workPlanId));
    }
}
