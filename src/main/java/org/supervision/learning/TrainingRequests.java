package org.supervision.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.supervision.session.SessionStatus;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.engine.AsSystem;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.staff.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkingDayCalendar;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code training-request}: the supervisee asks, the
 * line manager approves or declines with a reason, a senior manager too when the decision
 * table {@code trainingApproval} says so, Learning and Development books it, the supervisee
 * confirms attendance (a CPD entry), and supervisor and supervisee evaluate its impact on
 * practice at the next session. The process keeps the request id and the decisions.
 */
@Component("trainingRequests")
public class TrainingRequests {

    static final String PROCESS = "training-request";
    static final List<String> REQUEST_FIELDS = List.of("title", "provider", "category", "cost", "learningObjective");
    static final BigDecimal MAX_COST = new BigDecimal("100000");

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TrainingRequestRepository requests;
    private final CpdEntryRepository cpd;
    private final PlanItemRepository planItems;
    private final StaffMemberRepository staff;
    private final SupervisionSessionRepository sessions;
    private final Routing routing;
    private final WorkingDayCalendar workingDays;
    private final SupervisionClock clock;
    private final BigDecimal seniorApprovalThreshold;
    private final int evaluateWithinWorkingDays;

    TrainingRequests(RuntimeService runtime, IdentityService identity, TrainingRequestRepository requests,
                     CpdEntryRepository cpd, PlanItemRepository planItems, StaffMemberRepository staff,
                     SupervisionSessionRepository sessions, Routing routing, WorkingDayCalendar workingDays,
                     SupervisionClock clock,
                     @Value("${supervision.learning.senior-approval-threshold:500}") BigDecimal seniorApprovalThreshold,
                     @Value("${supervision.learning.evaluate-within-working-days:20}") int evaluateWithinWorkingDays) {
        this.runtime = runtime;
        this.identity = identity;
        this.requests = requests;
        this.cpd = cpd;
        this.planItems = planItems;
        this.staff = staff;
        this.sessions = sessions;
        this.routing = routing;
        this.workingDays = workingDays;
        this.clock = clock;
        this.seniorApprovalThreshold = seniorApprovalThreshold;
        this.evaluateWithinWorkingDays = evaluateWithinWorkingDays;
    }

    /** A request made through the product's API by the supervisee. */
    public TrainingRequest request(String staffId, Map<String, Object> form) {
        Map<String, Object> variables = new HashMap<>();
        for (String field : REQUEST_FIELDS) {
            Object value = form.get(field);
            // a list or an object would reach the engine as a serialized Java object, which it refuses
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new TaskInputException(field, "must be text or a number, not a list or structured value");
            }
            variables.put(field, value);
        }
        variables.put("requestedBy", staffId);
        ProcessInstance instance = AsSystem.call(identity, () -> runtime.startProcessInstanceByKey(PROCESS, staffId, variables));
        return requests.findById(((Number) runtime.getVariable(instance.getId(), "trainingRequestId")).longValue())
                .orElseThrow();
    }

    /** Start listener: checks and stores the request; the form's values leave the process. */
    public void register(DelegateExecution execution) {
        String staffId = (String) execution.getVariable("requestedBy");
        if (staffId == null || staff.findById(staffId).filter(m -> m.isActiveOn(clock.today())).isEmpty()) {
            throw new TaskInputException("requestedBy", "only a current member of staff can request training");
        }
        FormInput form = FormInput.of(execution);
        String title = form.requiredText("title");
        if (title.length() > 300) {
            throw new TaskInputException("title", "is " + title.length() + " characters long; at most 300 are allowed");
        }
        String provider = form.optionalText("provider");
        TrainingCategory category = TrainingCategory.valueOf(form.requiredChoice("category",
                java.util.Arrays.stream(TrainingCategory.values()).map(Enum::name).toArray(String[]::new)));
        BigDecimal cost = amount(form, "cost", "an amount in pounds");
        String objective = form.requiredText("learningObjective");
        TrainingRequest request = requests.save(new TrainingRequest(staffId, title, provider, category, cost, objective,
                clock.now(), execution.getProcessInstanceId()));
        form.discard(REQUEST_FIELDS.toArray(String[]::new));
        execution.setVariable("staffId", staffId);
        execution.setVariable("trainingRequestId", request.getId());
        // Tasklist's start form sets no business key; the staff-leaving process correlates by it
        execution.setProcessBusinessKey(staffId);
    }

    private static BigDecimal amount(FormInput form, String field, String what) {
        BigDecimal amount = form.requiredDecimal(field, what);
        if (amount.signum() < 0 || amount.compareTo(MAX_COST) > 0 || amount.scale() > 2) {
            String shown = amount.toPlainString().length() > 20 ? "that" : amount.toPlainString();
            throw new TaskInputException(field, "must be between 0 and " + MAX_COST + " with at most 2 decimals, not " + shown);
        }
        return amount;
    }

    // --- inputs of the decision table

    public double cost(Number requestId) {
        return request(requestId).getCost().doubleValue();
    }

    public String category(Number requestId) {
        return request(requestId).getCategory().name();
    }

    public double seniorApprovalThreshold() {
        return seniorApprovalThreshold.doubleValue();
    }

    // --- who

    /** The line manager's own line manager. */
    public String seniorManagerOf(String staffId) {
        return routing.lineManagerOf(routing.lineManagerOf(staffId));
    }

    // --- tasks

    public void showRequest(DelegateTask task) {
        TrainingRequest request = request((Number) task.getVariable("trainingRequestId"));
        Map<String, Object> shown = new HashMap<>();
        shown.put("superviseeName", staff.findById(request.getStaffId()).orElseThrow().getFullName()
                + " (" + request.getStaffId() + ")");
        shown.put("trainingShown", request.getTitle() + (request.getProvider() == null ? "" : " (" + request.getProvider() + ")"));
        shown.put("categoryShown", request.getCategory().name());
        shown.put("costShown", "£" + request.getCost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        shown.put("objectiveShown", request.getLearningObjective());
        shown.put("bookingShown", request.getBookedFrom() == null ? "not booked yet"
                : request.getBookedFrom() + " to " + request.getBookedTo()
                + (request.getBookingReference() == null ? "" : ", " + request.getBookingReference()));
        task.setVariablesLocal(shown);
    }

    public void recordLineManagerDecision(DelegateTask task) {
        FormInput form = FormInput.of(task);
        boolean approved = form.decisionAs("approved", "lineManagerApproved");
        String reason = declineReason(form, approved);
        boolean senior = Boolean.TRUE.equals(task.getVariable("seniorApprovalNeeded"));
        request(task).lineManagerDecided(task.getAssignee(), approved, senior, reason, clock.now());
        form.discard("declineReason");
    }

    public void recordSeniorManagerDecision(DelegateTask task) {
        FormInput form = FormInput.of(task);
        boolean approved = form.decisionAs("approved", "seniorManagerApproved");
        String reason = declineReason(form, approved);
        request(task).seniorManagerDecided(task.getAssignee(), approved, reason, clock.now());
        form.discard("declineReason");
    }

    private static String declineReason(FormInput form, boolean approved) {
        String reason = form.optionalText("declineReason");
        if (!approved && reason == null) {
            throw new TaskInputException("declineReason", "is required when declining: the supervisee is told why");
        }
        return approved ? null : reason;
    }

    public void recordBooking(DelegateTask task) {
        FormInput form = FormInput.of(task);
        DateWindow bookable = DateWindow.ahead(clock.today());
        LocalDate from = form.requiredDate("bookedFrom", bookable);
        LocalDate to = form.requiredDate("bookedTo", bookable);
        if (to.isBefore(from)) {
            throw new TaskInputException("bookedTo", DateWindow.uk(to) + " is before the first day, " + DateWindow.uk(from));
        }
        request(task).book(from, to, form.optionalText("bookingReference"), task.getAssignee());
        form.discard("bookedFrom", "bookedTo", "bookingReference");
    }

    /** The supervisee confirms a few working days after the last day. */
    public Date attendanceDue(Number requestId) {
        return clock.endOf(workingDays.plusWorkingDays(request(requestId).getBookedTo(), 5));
    }

    public void recordAttendance(DelegateTask task) {
        FormInput form = FormInput.of(task);
        boolean attended = form.decision("attended");
        TrainingRequest request = request(task);
        if (attended) {
            BigDecimal hours = amount(form, "hours", "a number of hours");
            if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("500")) > 0) {
                throw new TaskInputException("hours", "must be more than 0 and at most 500, not " + hours);
            }
            String evidence = evidenceLink(form.optionalText("evidenceLink"));
            CpdEntry entry = cpd.save(new CpdEntry(request.getStaffId(), request.getTitle(), request.getCategory(),
                    request.getBookedTo(), hours, form.optionalText("reflection"), evidence, request.getId(),
                    task.getAssignee(), clock.now()));
            request.attended(hours, entry.getId());
        } else {
            request.notAttended();
        }
        form.discard("hours", "reflection", "evidenceLink");
    }

    static String evidenceLink(String link) {
        if (link != null && (link.length() > 1000 || !link.matches("(?i)https?://\\S+"))) {
            throw new TaskInputException("evidenceLink", "must be a web address starting with http:// or https://");
        }
        return link;
    }

    /**
     * "At the next session": the supervisee's next booked or due management session, or when
     * none is planned within reach, a number of working days from now.
     */
    public Date evaluationDue(Number requestId) {
        String staffId = request(requestId).getStaffId();
        LocalDate today = clock.today();
        LocalDate fallback = workingDays.plusWorkingDays(today, evaluateWithinWorkingDays);
        LocalDate next = sessions.findByStaffIdOrderByDueOnAscIdAsc(staffId).stream()
                .filter(s -> s.getSupervisionType() == SupervisionType.MANAGEMENT)
                .filter(s -> s.getStatus() == SessionStatus.DUE || s.getStatus() == SessionStatus.BOOKED)
                .map(s -> sessionDay(s))
                .filter(day -> !day.isBefore(today))
                .min(Comparator.naturalOrder())
                .orElse(fallback);
        return clock.endOf(next.isAfter(fallback) ? fallback : next);
    }

    private LocalDate sessionDay(SupervisionSession session) {
        return session.getStartsAt() != null ? LocalDate.ofInstant(session.getStartsAt(), clock.zone()) : session.getDueOn();
    }

    public void recordEvaluation(DelegateTask task) {
        FormInput form = FormInput.of(task);
        String impact = form.requiredText("impactOnPractice");
        String rating = form.requiredChoice("impactRating", "IMPROVED", "PARTLY", "NOT_YET");
        String further = form.optionalText("furtherNeed");
        TrainingRequest request = request(task);
        request.evaluated(impact, rating, task.getAssignee(), clock.today());
        if (further != null) {
            planItems.save(new PlanItem(request.getStaffId(), further, null, null, "TRAINING_EVALUATION",
                    String.valueOf(request.getId()), clock.today(), clock.today()));
        }
        form.discard("impactOnPractice", "impactRating", "furtherNeed");
    }

    private TrainingRequest request(VariableScope scope) {
        return request((Number) scope.getVariable("trainingRequestId"));
    }

    TrainingRequest request(Number id) {
        return requests.findById(id.longValue()).orElseThrow(() -> new IllegalStateException("No training request " + id));
    }
}
