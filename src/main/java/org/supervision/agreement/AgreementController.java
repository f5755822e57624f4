package org.supervision.agreement;

import org.supervision.shared.StaffId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A supervisee's agreement history, and requests to review the agreement. */
@RestController
@RequestMapping("/api/staff/{staffId}")
class AgreementController {

    private final SupervisionAgreementRepository agreements;
    private final AgreementStarter starter;
    private final RecordAccessPolicy access;
    private final StaffMemberRepository staff;
    private final FrequencyPolicy frequencies;
    private final SupervisionClock clock;
    private final OneToOneFrequency words;

    AgreementController(SupervisionAgreementRepository agreements, AgreementStarter starter, RecordAccessPolicy access,
                        StaffMemberRepository staff, @Qualifier(FrequencyPolicy.FOR_PAGES) FrequencyPolicy frequencies,
                        SupervisionClock clock, OneToOneFrequency words) {
        this.words = words;
        this.agreements = agreements;
        this.starter = starter;
        this.access = access;
        this.staff = staff;
        this.frequencies = frequencies;
        this.clock = clock;
    }

    /**
     * {@code frequencyDays} is the management supervision frequency as signed;
     * {@code frequencyDaysInForce} the one in force today (only for the signed agreement in
     * force): one signed at the policy minimum follows the policy as time in post goes by.
     * {@code groupCaseworkGroupId}/{@code Name}: the weekly group casework the supervisee attends,
     * which lets 1:1 be every 4-6 weeks; {@code frequencyInWords} says both ("1:1 every 6 weeks,
     * with weekly group casework (Children's team A)").
     */
    record AgreementView(Long id, Integer version, AgreementStatus status, ReviewReason reviewReason, String supervisorId,
                         Integer frequencyDays, Integer frequencyDaysInForce, Integer minimumIntervalDays, String belowMinimumReason,
                         Integer durationMinutes, int directObservationsPerYear, String groundRules,
                         String recordingArrangements, String conflictHandling, String therapyDistinction,
                         LocalDate equalityDiscussedOn, LocalDate firstSessionOn, int negotiationRounds,
                         LocalDate threeWayMeetingHeldOn, String supervisorSignedBy, Instant supervisorSignedAt,
                         String superviseeSignedBy, Instant superviseeSignedAt, Instant signedAt,
                         List<ArrangementView> otherSupervision, boolean groupCaseworkSupervision,
                         Long groupCaseworkGroupId, String groupCaseworkGroupName, String frequencyInWords) {

        static AgreementView of(SupervisionAgreement a, Integer frequencyDaysInForce, OneToOneFrequency words) {
            return new AgreementView(a.getId(), a.getAgreementVersion(), a.getStatus(), a.getReviewReason(),
                    a.getSupervisorId(), a.getFrequencyDays(), frequencyDaysInForce, a.getMinimumIntervalDays(),
                    a.getBelowMinimumReason(),
                    a.getDurationMinutes(), a.getDirectObservationsPerYear(), a.getGroundRules(),
                    a.getRecordingArrangements(), a.getConflictHandling(), a.getTherapyDistinction(),
                    a.getEqualityDiscussedOn(), a.getFirstSessionOn(), a.getNegotiationRounds(),
                    a.getThreeWayMeetingHeldOn(), a.getSupervisorSignedBy(), a.getSupervisorSignedAt(),
                    a.getSuperviseeSignedBy(), a.getSuperviseeSignedAt(), a.getSignedAt(),
                    a.getArrangements().stream().map(ArrangementView::of).toList(), a.isGroupCaseworkSupervision(),
                    a.getGroupCaseworkGroupId(), words.groupCaseworkOf(a).map(g -> g.getName()).orElse(null),
                    "1:1 " + OneToOneFrequency.every(frequencyDaysInForce != null ? frequencyDaysInForce
                            : a.getFrequencyDays()) + words.withGroupCasework(a));
        }
    }

    /** {@code intervalDays} null: on request. */
    record ArrangementView(SupervisionType type, String providerId, Integer intervalDays, int durationMinutes) {
        static ArrangementView of(SupervisionArrangement arrangement) {
            return new ArrangementView(arrangement.getType(), arrangement.getProviderId(),
                    arrangement.getIntervalDays(), arrangement.getDurationMinutes());
        }
    }

    @Operation(summary = "Every version of the supervisee's agreement, oldest first: frequencyDays is the frequency"
            + " signed, frequencyDaysInForce the one in force today (set on the signed version in force only)")
    @GetMapping("/agreements")
    List<AgreementView> history(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "agreements");
        Optional<StaffMember> member = staff.findById(staffId);
        LocalDate today = clock.today();
        return agreements.findByStaffIdOrderByIdAsc(staffId).stream().map(a -> AgreementView.of(a,
                a.getStatus() == AgreementStatus.SIGNED && member.isPresent()
                        ? frequencies.intervalToNextSession(member.get(), a, SupervisionType.MANAGEMENT, today).orElse(null)
                        : null, words)).toList();
    }

    /** Either party (or their line management) may ask for the agreement to be reviewed. */
    @PostMapping("/agreement-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The review started: {\"processInstanceId\": \"...\"}, the"
            + " review's process instance (Camunda), whose tasks the parties then see in Tasklist")
    Map<String, String> requestReview(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "agreement review request");
        return Map.of("processInstanceId", starter.requestReview(staffId, ReviewReason.REQUESTED).getId());
    }
}
