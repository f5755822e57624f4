package org.supervision.learning;

import org.supervision.shared.StaffId;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.security.Roles;
import org.supervision.staff.SecurityGroups;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Learning plans, training requests, CPD logs and supervisor development. A staff member's
 * learning records are read by the member, their supervisors and their line-management chain
 * (RecordAccessPolicy logs every read); only the member writes their own CPD log.
 */
@RestController
class LearningController {

    private final LearningPlanRepository plans;
    private final PlanItemRepository items;
    private final PlanReviewRepository reviews;
    private final TrainingRequests training;
    private final TrainingRequestRepository requests;
    private final CpdLog cpd;
    private final SupervisorDevelopment development;
    private final RecordAccessPolicy access;
    private final Roles roles;
    private final SecurityGroups groups;

    LearningController(LearningPlanRepository plans, PlanItemRepository items, PlanReviewRepository reviews,
                       TrainingRequests training, TrainingRequestRepository requests, CpdLog cpd,
                       SupervisorDevelopment development, RecordAccessPolicy access, Roles roles, SecurityGroups groups) {
        this.plans = plans;
        this.items = items;
        this.reviews = reviews;
        this.training = training;
        this.requests = requests;
        this.cpd = cpd;
        this.development = development;
        this.access = access;
        this.roles = roles;
        this.groups = groups;
    }

    record ItemView(Long id, String need, String plannedActivity, LocalDate byWhen, String source, LocalDate identifiedOn,
                    PlanItem.Status status) {
        static ItemView of(PlanItem item) {
            return new ItemView(item.getId(), item.getNeed(), item.getPlannedActivity(), item.getByWhen(),
                    item.getSource(), item.getIdentifiedOn(), item.getStatus());
        }
    }

    record ReviewView(PlanReview.Kind kind, LocalDate heldOn, String recordedBy, String notes) {
    }

    record PlanView(String staffId, LocalDate dueOn, LocalDate agreedOn, LocalDate lastReviewedOn, List<ItemView> items,
                    List<ReviewView> reviews) {
    }

    record TrainingView(Long id, String title, String provider, TrainingCategory category, BigDecimal cost,
                        String learningObjective, TrainingRequest.Status status, String declineReason,
                        LocalDate bookedFrom, LocalDate bookedTo, String impactOnPractice, String impactRating) {
        static TrainingView of(TrainingRequest r) {
            return new TrainingView(r.getId(), r.getTitle(), r.getProvider(), r.getCategory(), r.getCost(),
                    r.getLearningObjective(), r.getStatus(), r.getDeclineReason(), r.getBookedFrom(), r.getBookedTo(),
                    r.getImpactOnPractice(), r.getImpactRating());
        }
    }

    record CpdView(Long id, LocalDate date, String activity, TrainingCategory category, BigDecimal hours,
                   String reflection, String evidenceLink, Long trainingRequestId, String recordedBy, Instant recordedAt) {
        static CpdView of(CpdEntry e) {
            return new CpdView(e.getId(), e.getActivityDate(), e.getActivity(), e.getCategory(), e.getHours(),
                    e.getReflection(), e.getEvidenceLink(), e.getTrainingRequestId(), e.getRecordedBy(), e.getRecordedAt());
        }
    }

    // The forms below are read field by field (so that a refusal names the field); these records
    // only describe them in the OpenAPI description (/v3/api-docs).

    @Schema(description = "A request for training for oneself; the line manager (and above the cost threshold a"
            + " senior manager) approves it")
    record TrainingRequestForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String title,
                               String provider,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TrainingCategory category,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "GBP") BigDecimal cost,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String learningObjective) {
    }

    @Schema(description = "A CPD activity, recorded once done")
    record CpdForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String activity,
                   TrainingCategory category,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "not in the future") LocalDate date,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "more than 0, at most 500, 2 decimals")
                   BigDecimal hours,
                   String reflection, String evidenceLink) {
    }

    @Schema(description = "A supervisor's confidence in each area, 1 (not confident) to 5 (could teach it);"
            + " ratings below supervision.learning.self-assessment-gap-below become items of their own plan")
    record SelfAssessmentForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") int reflectivePractice,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") int supervisionSkills,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") int policiesProcedures,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") int pcf,
                              String notes) {
    }

    @GetMapping("/api/staff/{staffId}/learning-plan")
    PlanView plan(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "learning plan");
        LearningPlan plan = plans.findByStaffId(staffId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, staffId + " has no learning plan yet"));
        return new PlanView(staffId, plan.getDueOn(), plan.getAgreedOn(), plan.getLastReviewedOn(),
                items.findByStaffIdOrderByIdAsc(staffId).stream().map(ItemView::of).toList(),
                reviews.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                        .map(r -> new ReviewView(r.getKind(), r.getHeldOn(), r.getRecordedBy(), r.getNotes())).toList());
    }

    /** The caller asks for training for themselves. */
    @PostMapping("/api/training-requests")
    @ResponseStatus(HttpStatus.CREATED)
    TrainingView requestTraining(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TrainingRequestForm.class)))
            @RequestBody Map<String, Object> body, Principal user) {
        return TrainingView.of(training.request(user.getName(), body));
    }

    @GetMapping("/api/staff/{staffId}/training-requests")
    List<TrainingView> trainingRequests(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "training requests");
        return requests.findByStaffIdOrderByIdAsc(staffId).stream().map(TrainingView::of).toList();
    }

    @GetMapping("/api/staff/{staffId}/cpd")
    List<CpdView> cpdLog(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "CPD log");
        return cpd.of(staffId).stream().map(CpdView::of).toList();
    }

    @PostMapping("/api/staff/{staffId}/cpd")
    @ResponseStatus(HttpStatus.CREATED)
    CpdView addCpd(@PathVariable @StaffId String staffId, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CpdForm.class)))
                   @RequestBody Map<String, Object> body, Principal user) {
        if (!user.getName().equals(staffId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only " + staffId + " records their own CPD");
        }
        return CpdView.of(cpd.add(staffId, user.getName(), body));
    }

    /** For HCPC re-registration. */
    @GetMapping("/api/staff/{staffId}/cpd.csv")
    @ApiResponse(responseCode = "200", description = "The CPD log as a CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> cpdCsv(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "CPD log export");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cpd-" + staffId + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(cpd.csv(staffId));
    }

    /** A supervisor's self-assessment; its gaps become items of their own plan. */
    @PostMapping("/api/supervisors/me/self-assessment")
    @ResponseStatus(HttpStatus.CREATED)
    List<ItemView> selfAssess(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SelfAssessmentForm.class)))
            @RequestBody Map<String, Object> body, Principal user) {
        return development.selfAssess(user.getName(), body).stream().map(ItemView::of).toList();
    }

    record CollatedNeed(String staffId, Long itemId, String need, String source, String plannedActivity, LocalDate byWhen) {
    }

    /** Learning and Development sees the open needs of all plans, to commission training. */
    @GetMapping("/api/learning/open-needs")
    List<CollatedNeed> openNeeds() {
        if (!roles.inAnyGroup(groups.learning())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only Learning and Development sees the collated needs");
        }
        return items.findByStatusOrderByStaffIdAscIdAsc(PlanItem.Status.OPEN).stream()
                .map(i -> new CollatedNeed(i.getStaffId(), i.getId(), i.getNeed(), i.getSource(), i.getPlannedActivity(),
                        i.getByWhen())).toList();
    }

    @GetMapping("/api/supervisors/development-flags")
    List<SupervisorDevelopment.SupervisorFlags> developmentFlags() {
        if (!roles.inAnyGroup(groups.managers(), groups.directors())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only managers and directors see supervisors' development flags");
        }
        return development.flags();
    }
}
