package org.supervision.agreement;

import org.supervision.shared.StaffId;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.staff.SupervisionType;
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

    AgreementController(SupervisionAgreementRepository agreements, AgreementStarter starter, RecordAccessPolicy access) {
        this.agreements = agreements;
        this.starter = starter;
        this.access = access;
    }

    record AgreementView(Long id, Integer version, AgreementStatus status, ReviewReason reviewReason, String supervisorId,
                         Integer frequencyDays, Integer minimumIntervalDays, String belowMinimumReason,
                         Integer durationMinutes, int directObservationsPerYear, String groundRules,
                         String recordingArrangements, String conflictHandling, String therapyDistinction,
                         LocalDate equalityDiscussedOn, LocalDate firstSessionOn, int negotiationRounds,
                         LocalDate threeWayMeetingHeldOn, String supervisorSignedBy, Instant supervisorSignedAt,
                         String superviseeSignedBy, Instant superviseeSignedAt, Instant signedAt,
                         List<ArrangementView> otherSupervision) {

        static AgreementView of(SupervisionAgreement a) {
            return new AgreementView(a.getId(), a.getAgreementVersion(), a.getStatus(), a.getReviewReason(),
                    a.getSupervisorId(), a.getFrequencyDays(), a.getMinimumIntervalDays(), a.getBelowMinimumReason(),
                    a.getDurationMinutes(), a.getDirectObservationsPerYear(), a.getGroundRules(),
                    a.getRecordingArrangements(), a.getConflictHandling(), a.getTherapyDistinction(),
                    a.getEqualityDiscussedOn(), a.getFirstSessionOn(), a.getNegotiationRounds(),
                    a.getThreeWayMeetingHeldOn(), a.getSupervisorSignedBy(), a.getSupervisorSignedAt(),
                    a.getSuperviseeSignedBy(), a.getSuperviseeSignedAt(), a.getSignedAt(),
                    a.getArrangements().stream().map(ArrangementView::of).toList());
        }
    }

    /** {@code intervalDays} null: on request. */
    record ArrangementView(SupervisionType type, String providerId, Integer intervalDays, int durationMinutes) {
        static ArrangementView of(SupervisionArrangement arrangement) {
            return new ArrangementView(arrangement.getType(), arrangement.getProviderId(),
                    arrangement.getIntervalDays(), arrangement.getDurationMinutes());
        }
    }

    @GetMapping("/agreements")
    List<AgreementView> history(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "agreements");
        return agreements.findByStaffIdOrderByIdAsc(staffId).stream().map(AgreementView::of).toList();
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
