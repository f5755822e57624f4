package org.supervision.appraisal;

import org.supervision.shared.StaffId;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.audit.AccessLog;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.security.Roles;
import org.supervision.staff.Routing;
import org.supervision.shared.SupervisionClock;

/**
 * Appraisals and work plans for the people allowed to read them (the staff member, their
 * supervisors and their line-management chain; every read logged), the performance
 * concern for HR and the line-management chain only, and the organisation-wide launch
 * for administrators and HR.
 */
@RestController
@RequestMapping("/api")
class AppraisalController {

    private final AppraisalLaunches launches;
    private final AppraisalRepository appraisals;
    private final AppraisalObjectiveProgressRepository progress;
    private final AppraisalDevelopmentNeedRepository developmentNeeds;
    private final WorkPlanRepository plans;
    private final WorkPlanObjectiveRepository objectives;
    private final RecordAccessPolicy policy;
    private final AccessLog log;
    private final Routing routing;
    private final Roles roles;
    private final SupervisionClock clock;

    AppraisalController(AppraisalLaunches launches, AppraisalRepository appraisals,
                        AppraisalObjectiveProgressRepository progress, AppraisalDevelopmentNeedRepository developmentNeeds,
                        WorkPlanRepository plans, WorkPlanObjectiveRepository objectives, RecordAccessPolicy policy,
                        AccessLog log, Routing routing, Roles roles, SupervisionClock clock) {
        this.launches = launches;
        this.appraisals = appraisals;
        this.progress = progress;
        this.developmentNeeds = developmentNeeds;
        this.plans = plans;
        this.objectives = objectives;
        this.policy = policy;
        this.log = log;
        this.routing = routing;
        this.roles = roles;
        this.clock = clock;
    }

    record LaunchRequest(AppraisalPeriod period, Integer year) {
    }

    @PostMapping("/appraisals/launches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AppraisalLaunches.Progress launch(@RequestBody LaunchRequest request, Principal principal) {
        requireLauncher(principal.getName());
        if (request.period() == null || request.year() == null) {
            throw problem(HttpStatus.BAD_REQUEST, "period (MID_YEAR or END_OF_YEAR) and year are required");
        }
        if (request.year() < clock.today().getYear() - 1 || request.year() > clock.today().getYear() + 1) {
            throw problem(HttpStatus.BAD_REQUEST, "year must be within a year of today, not " + request.year());
        }
        AppraisalLaunch launch = launches.launch(request.period(), request.year(), principal.getName());
        return launches.progress(launch.getId()).orElseThrow();
    }

    @GetMapping("/appraisals/launches/{id}")
    AppraisalLaunches.Progress launchProgress(@PathVariable Long id, Principal principal) {
        requireLauncher(principal.getName());
        return launches.progress(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No appraisal launch " + id));
    }

    record ObjectiveProgressView(String objective, String progress) {
    }

    record AppraisalView(Long id, String staffId, AppraisalPeriod period, int year, Appraisal.Status status,
                        Instant launchedAt, String selfAssessment, String selfAchievements, String selfDevelopmentWishes,
                        String supervisorId, String strengths, List<ObjectiveProgressView> objectiveProgress,
                        List<String> developmentAreas, Appraisal.PcfLevel pcfLevel, String pcfEvidence,
                        Appraisal.Recommendation recommendation, String recommendationReason, LocalDate meetingHeldOn,
                        String supervisorSignedBy, Instant supervisorSignedAt, Instant superviseeSignedAt,
                        String superviseeComments, String moderatedBy, Instant moderatedAt,
                        Appraisal.Recommendation outcome, String moderationNotes, Instant completedAt) {
    }

    @GetMapping("/appraisals/{id}")
    AppraisalView appraisal(@PathVariable Long id, Principal principal) {
        Appraisal a = appraisals.findById(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No appraisal " + id));
        policy.check(principal.getName(), a.getStaffId(), "appraisal/" + id);
        return new AppraisalView(a.getId(), a.getStaffId(), a.getPeriod(), a.getYear(), a.getStatus(), a.getLaunchedAt(),
                a.getSelfAssessment(), a.getSelfAchievements(), a.getSelfDevelopmentWishes(), a.getSupervisorId(),
                a.getStrengths(), progress.findByAppraisalIdOrderByPositionAsc(id).stream()
                        .map(p -> new ObjectiveProgressView(p.getObjective(), p.getProgress())).toList(),
                developmentNeeds.findByAppraisalIdOrderByIdAsc(id).stream().map(AppraisalDevelopmentNeed::getDescription).toList(),
                a.getPcfLevel(), a.getPcfEvidence(), a.getRecommendation(), a.getRecommendationReason(),
                a.getMeetingHeldOn(), a.getSupervisorSignedBy(), a.getSupervisorSignedAt(), a.getSuperviseeSignedAt(),
                a.getSuperviseeComments(), a.getModeratedBy(), a.getModeratedAt(), a.getOutcome(),
                a.getModerationNotes(), a.getCompletedAt());
    }

    record ConcernView(Long appraisalId, String staffId, String raisedBy, Instant raisedAt, String concern,
                       Appraisal.HrDecision hrDecision, String hrNotes, String hrDecidedBy, Instant hrDecidedAt) {
    }

    /** Only HR and the staff member's line-management chain; every attempt is logged. */
    @GetMapping("/appraisals/{id}/performance-concern")
    ConcernView performanceConcern(@PathVariable Long id, Principal principal) {
        Appraisal a = appraisals.findById(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No appraisal " + id));
        String user = principal.getName();
        String basis = roles.isHr(user) ? "HR"
                : routing.lineManagementChain(a.getStaffId()).stream()
                        .anyMatch(m -> m.getId().equals(user) && m.isActiveOn(clock.today())) ? "LINE_MANAGEMENT_CHAIN" : "NONE";
        log.record(user, a.getStaffId(), "appraisal/" + id + "/performance-concern", !"NONE".equals(basis), basis, null);
        if ("NONE".equals(basis)) {
            throw problem(HttpStatus.FORBIDDEN, user + " may not read performance concerns about " + a.getStaffId()
                    + ": only HR and the line-management chain may");
        }
        if (!a.isPerformanceConcern()) {
            throw problem(HttpStatus.NOT_FOUND, "No performance concern was recorded at appraisal " + id);
        }
        return new ConcernView(a.getId(), a.getStaffId(), a.getSupervisorId(), a.getSupervisorAppraisedAt(),
                a.getPerformanceConcernText(), a.getHrDecision(), a.getHrNotes(), a.getHrDecidedBy(), a.getHrDecidedAt());
    }

    record ObjectiveView(String objective, String servicePlanObjective, String milestone, LocalDate reviewOn) {
    }

    record WorkPlanView(Long id, int planNumber, LocalDate openedOn, LocalDate dueOn, LocalDate agreedOn, String agreedBy,
                        List<ObjectiveView> objectives, String trainingNeeds, String supportNeeds, String constraints,
                        String reviewDates) {
    }

    @GetMapping("/staff/{staffId}/work-plans")
    List<WorkPlanView> workPlans(@PathVariable @StaffId String staffId, Principal principal) {
        policy.check(principal.getName(), staffId, "work-plans");
        return plans.findByStaffIdOrderByPlanNumberAsc(staffId).stream().map(p -> new WorkPlanView(p.getId(),
                p.getPlanNumber(), p.getOpenedOn(), p.getDueOn(), p.getAgreedOn(), p.getAgreedBy(),
                objectives.findByWorkPlanIdOrderByPositionAsc(p.getId()).stream().map(o -> new ObjectiveView(o.getObjective(),
                        o.getServicePlanObjective(), o.getMilestone(), o.getReviewOn())).toList(),
                p.getTrainingNeeds(), p.getSupportNeeds(), p.getConstraints(), p.getReviewDates())).toList();
    }

    private void requireLauncher(String user) {
        if (!roles.isMember(user, roles.directoryMaintainers())) {
            throw problem(HttpStatus.FORBIDDEN, "Only administrators and HR launch appraisals for the organisation");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
