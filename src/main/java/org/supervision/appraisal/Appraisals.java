package org.supervision.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.supervision.engine.AsSystem;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkingDayCalendar;
import org.supervision.staff.StaffCategory;
import org.supervision.staff.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code appraisal-cycle}: self-appraisal, the
 * supervisor's appraisal, the meeting, both signatures, the senior manager's moderation.
 * Each step has a deadline in working days, a reminder before it and an escalation at it.
 */
@Component("appraisals")
public class Appraisals {

    static final EnumSet<StaffCategory> SOCIAL_WORKERS = EnumSet.of(StaffCategory.ASYE, StaffCategory.SOCIAL_WORKER,
            StaffCategory.EXPERIENCED_SOCIAL_WORKER, StaffCategory.ADVANCED_PRACTITIONER);

    private final AppraisalRepository appraisals;
    private final AppraisalObjectiveProgressRepository progress;
    private final AppraisalDevelopmentNeedRepository developmentNeeds;
    private final LaunchBatchReads reads;
    private final SupervisionClock clock;
    private final WorkingDayCalendar workingDays;
    private final int stepWorkingDays;
    private final int reminderWorkingDays;

    Appraisals(AppraisalRepository appraisals, AppraisalObjectiveProgressRepository progress,
               AppraisalDevelopmentNeedRepository developmentNeeds, LaunchBatchReads reads, SupervisionClock clock,
               WorkingDayCalendar workingDays,
               @Value("${supervision.appraisal.step-working-days:10}") int stepWorkingDays,
               @Value("${supervision.appraisal.reminder-working-days:7}") int reminderWorkingDays) {
        this.appraisals = appraisals;
        this.progress = progress;
        this.developmentNeeds = developmentNeeds;
        this.reads = reads;
        this.clock = clock;
        this.workingDays = workingDays;
        this.stepWorkingDays = stepWorkingDays;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    /** Deadline of the step that starts now: its due date and escalation. */
    public Date stepDue() {
        return workingDays.deadline(stepWorkingDays);
    }

    public Date reminderAt() {
        return workingDays.deadline(reminderWorkingDays);
    }

    /** First step of each appraisal: links the work plan in force. */
    public void open(DelegateExecution execution) {
        Appraisal appraisal = appraisal(execution.getVariable("appraisalId"));
        appraisal.open(reads.workPlanInForce(appraisal.getStaffId()));
    }

    /**
     * Create listener of every appraisal task: what the person needs to see, never the
     * performance concern. Only what exists is shown (a form leaves a field without a value
     * empty), so the first task of a freshly launched appraisal carries three values, not ten.
     */
    public void show(DelegateTask task) {
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        StaffMember member = reads.member(a.getStaffId());
        Map<String, Object> shown = new HashMap<>();
        shown.put("staffName", member.getFullName() + " (" + member.getId() + ", " + member.getCategory() + ")");
        shown.put("appraisalShown", (a.getPeriod() == AppraisalPeriod.MID_YEAR ? "Mid-year appraisal " : "End-of-year appraisal ")
                + a.getYear());
        shown.put("workPlanObjectives", a.getWorkPlanId() == null ? "No agreed work plan" : reads.objectivesText(a.getWorkPlanId()));
        shown.put("selfAssessmentShown", a.getSelfAssessment());
        shown.put("selfAchievementsShown", a.getSelfAchievements());
        if (a.getSupervisorAppraisedAt() != null) {
            shown.put("strengthsShown", a.getStrengths());
            shown.put("progressShown", progress.findByAppraisalIdOrderByPositionAsc(a.getId()).stream()
                    .map(p -> p.getObjective() + ": " + p.getProgress()).collect(Collectors.joining("\n")));
            shown.put("developmentAreasShown", developmentNeeds.findByAppraisalIdOrderByIdAsc(a.getId()).stream()
                    .map(AppraisalDevelopmentNeed::getDescription).collect(Collectors.joining("\n")));
            shown.put("pcfShown", a.getPcfLevel() == null ? null : a.getPcfLevel() + ": " + a.getPcfEvidence());
            shown.put("recommendationShown", a.getRecommendation() == null ? null
                    : a.getRecommendation() + (a.getRecommendationReason() == null ? "" : ": " + a.getRecommendationReason()));
        }
        shown.put("meetingShown", a.getMeetingHeldOn() == null ? null : a.getMeetingHeldOn().toString());
        shown.values().removeIf(value -> value == null || "".equals(value));
        task.setVariablesLocal(shown);
    }

    public void recordSelfAppraisal(DelegateTask task) {
        FormInput form = FormInput.of(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        String assessment = form.requiredText("selfAssessment");
        String achievements = form.requiredText("selfAchievements");
        String wishes = form.optionalText("selfDevelopmentWishes");
        a.selfAppraised(assessment, achievements, wishes, clock.now());
        form.discard("selfAssessment", "selfAchievements", "selfDevelopmentWishes");
    }

    /**
     * The supervisor's appraisal: progress on each work-plan objective ("objective |
     * progress" per line), strengths, development areas (one per line, collected by the
     * learning plan), for social workers the PCF level and its evidence, the recommendation,
     * and whether there is a performance concern for HR.
     */
    public void recordSupervisorAppraisal(DelegateTask task) {
        FormInput form = FormInput.of(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        StaffMember member = reads.member(a.getStaffId());
        List<String[]> progressLines = parseProgress(form.optionalText("objectiveProgress"));
        if (progressLines.isEmpty() && a.getWorkPlanId() != null) {
            throw new TaskInputException("objectiveProgress", "give progress on each work-plan objective, one per line: objective | progress");
        }
        String strengths = form.requiredText("strengths");
        List<String> areas = lines(form.optionalText("developmentAreas"));
        Appraisal.PcfLevel level = null;
        String evidence = null;
        if (SOCIAL_WORKERS.contains(member.getCategory())) {
            level = Appraisal.PcfLevel.valueOf(form.requiredChoice("pcfLevel", "ASYE", "SW", "ESW", "AP"));
            evidence = form.requiredText("pcfEvidence");
        } else if (form.optionalText("pcfLevel") != null) {
            throw new TaskInputException("pcfLevel", member.getFullName() + " is not a social worker: leave the PCF level empty");
        }
        Appraisal.Recommendation recommendation = Appraisal.Recommendation.valueOf(
                form.requiredChoice("recommendation", "NONE", "INCREMENTAL", "CAREER_PROGRESSION"));
        String reason = recommendation == Appraisal.Recommendation.NONE ? form.optionalText("recommendationReason")
                : form.requiredText("recommendationReason");
        boolean concern = form.optionalBoolean("performanceConcern");
        String concernText = form.optionalText("performanceConcernDetails");
        if (concern && concernText == null) {
            throw new TaskInputException("performanceConcernDetails", "is required when you record a performance concern");
        }
        if (concern && recommendation != Appraisal.Recommendation.NONE) {
            throw new TaskInputException("recommendation", "cannot recommend progression while recording a performance concern");
        }
        a.supervisorAppraised(task.getAssignee(), strengths, level, evidence, recommendation, reason, concern,
                concern ? concernText : null, clock.now());
        for (int i = 0; i < progressLines.size(); i++) {
            progress.save(new AppraisalObjectiveProgress(a.getId(), i + 1, progressLines.get(i)[0], progressLines.get(i)[1]));
        }
        LocalDate today = clock.today();
        areas.forEach(area -> developmentNeeds.save(new AppraisalDevelopmentNeed(a.getStaffId(), a.getId(), area, today)));
        form.discard("objectiveProgress", "strengths", "developmentAreas", "pcfLevel", "pcfEvidence", "recommendation",
                "recommendationReason", "performanceConcern", "performanceConcernDetails");
    }

    /**
     * Steers the gateway after the supervisor's appraisal. Read from the table rather than
     * kept as a process variable, so that the supervisee's later tasks do not reveal it.
     */
    public boolean hasConcern(Long appraisalId) {
        return appraisal(appraisalId).isPerformanceConcern();
    }

    public void recordMeeting(DelegateTask task) {
        FormInput form = FormInput.of(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        LocalDate heldOn = form.requiredDate("meetingHeldOn", DateWindow.behind(clock.today()));
        if (heldOn.isBefore(a.getLaunchedAt().atZone(clock.zone()).toLocalDate())) {
            throw new TaskInputException("meetingHeldOn", heldOn + " is before the appraisal was launched");
        }
        a.meetingHeld(heldOn, form.optionalText("meetingNotes"));
        form.discard("meetingHeldOn", "meetingNotes");
    }

    public void supervisorSigns(DelegateTask task) {
        FormInput form = FormInput.of(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        a.signedBySupervisor(signer(task, form), clock.now());
        form.discard("signature");
    }

    public void superviseeSigns(DelegateTask task) {
        FormInput form = FormInput.of(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        String signer = signer(task, form);
        if (!signer.equals(a.getStaffId())) {
            throw new TaskInputException("signature", "only " + a.getStaffId() + " can sign their own appraisal");
        }
        a.signedBySupervisee(form.optionalText("superviseeComments"), clock.now());
        form.discard("signature", "superviseeComments");
    }

    /** A signature is the assignee's own authenticated completion with the box ticked. */
    private static String signer(DelegateTask task, FormInput form) {
        if (!form.requiredBoolean("signature")) {
            throw new TaskInputException("signature", "tick the box to sign");
        }
        String user = AsSystem.currentUserId(task.getProcessEngineServices().getIdentityService()).orElse(null);
        if (user == null || !user.equals(task.getAssignee())) {
            throw new TaskInputException("signature", "only " + task.getAssignee() + ", logged in, can sign this");
        }
        return user;
    }

    /** The senior manager agrees the recommendation or changes it, with a reason. */
    public void moderate(DelegateTask task) {
        FormInput form = FormInput.of(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        String moderation = form.requiredChoice("moderation", "AGREED", "CHANGED");
        Appraisal.Recommendation outcome = a.getRecommendation();
        String notes = form.optionalText("moderationNotes");
        if ("CHANGED".equals(moderation)) {
            outcome = Appraisal.Recommendation.valueOf(form.requiredChoice("moderatedRecommendation", "NONE", "INCREMENTAL",
                    "CAREER_PROGRESSION"));
            if (outcome == a.getRecommendation()) {
                throw new TaskInputException("moderatedRecommendation", "is the same as the supervisor's: choose 'agreed' instead");
            }
            if (notes == null) {
                throw new TaskInputException("moderationNotes", "is required when you change the recommendation");
            }
            if (a.isPerformanceConcern() && outcome != Appraisal.Recommendation.NONE) {
                throw new TaskInputException("moderatedRecommendation", "progression cannot be recommended while a performance concern is open");
            }
        }
        a.moderated(task.getAssignee(), clock.now(), moderation, outcome, notes);
        form.discard("moderation", "moderatedRecommendation", "moderationNotes");
    }

    public void storeOutcome(DelegateExecution execution) {
        appraisal(execution.getVariable("appraisalId")).complete(clock.now());
    }

    /** The staff member's last working day is over (staff-leaving): the appraisal stops where it is. */
    public void left(DelegateExecution execution) {
        appraisal(execution.getVariable("appraisalId")).endedOnLeaving();
    }

    /** Create listener of HR's task: only HR sees the concern in Tasklist. */
    public void showConcern(DelegateTask task) {
        show(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        task.setVariableLocal("performanceConcernShown", a.getPerformanceConcernText());
        task.setVariableLocal("raisedByShown", a.getSupervisorId());
    }

    public void recordHrDecision(DelegateTask task) {
        FormInput form = FormInput.of(task);
        Appraisal a = appraisal(task.getVariable("appraisalId"));
        Appraisal.HrDecision decision = Appraisal.HrDecision.valueOf(
                form.requiredChoice("hrDecision", "CAPABILITY_ROUTE", "INFORMAL_SUPPORT", "NO_FURTHER_ACTION"));
        String notes = form.requiredText("hrNotes");
        String user = AsSystem.currentUserId(task.getProcessEngineServices().getIdentityService()).orElse(task.getAssignee());
        a.hrDecided(decision, notes, user, clock.now());
        form.discard("hrDecision", "hrNotes");
    }

    /** "objective | progress", one per line. */
    static List<String[]> parseProgress(String text) {
        List<String[]> parsed = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new TaskInputException("objectiveProgress", "line " + (i + 1) + " '" + lines.get(i)
                        + "': write each as: objective | progress");
            }
            parsed.add(new String[] {parts[0].strip(), parts[1].strip()});
        }
        return parsed;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Appraisal appraisal(Object id) {
        return appraisals.findById(((Number) id).longValue())
                .orElseThrow(() -> new IllegalStateException("No appraisal " + id));
    }
}
