package org.supervision.observation;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.shared.StaffId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's direct observations per observation year: how many are required, how many are
 * done, and the dates. Dates and counts only: what was observed and the worker's reflection
 * are not part of this answer.
 */
@RestController
class ObservationController {

    private final DirectObservationRepository observations;
    private final RecordAccessPolicy access;

    ObservationController(DirectObservationRepository observations, RecordAccessPolicy access) {
        this.observations = observations;
        this.access = access;
    }

    @Operation(summary = "Direct observations per observation year: required, done, and the planned, booked and observed dates")
    @GetMapping("/api/staff/{staffId}/observations")
    List<ObservationYear> observations(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "direct observations");
        return ObservationYear.of(observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc(staffId));
    }

    /** One observation as recorded, with the reflection and the signatures: a record, read under the access policy. */
    record ObservationRecord(long id, int sequence, int requiredInYear, LocalDate plannedBy, ObservationStatus status,
                             String observerId, LocalDate heldOn, String whatWasObserved, String strengths,
                             String areasToDevelop, String reflection, String supervisorSignedBy,
                             Instant supervisorSignedAt, Instant workerSignedAt) {
    }

    @Operation(summary = "One direct observation as recorded: for the worker, their supervisors and line managers, and the observer who recorded it")
    @GetMapping("/api/staff/{staffId}/observations/{observationId}")
    ObservationRecord observation(@PathVariable @StaffId String staffId, @PathVariable long observationId, Principal user) {
        DirectObservation o = observations.findById(observationId).filter(found -> found.getStaffId().equals(staffId))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No direct observation " + observationId + " of " + staffId), null));
        // a practice educator reads what they observed and recorded, though they do not supervise the worker
        access.checkAuthor(user.getName(), staffId, o.getObserverId(), "direct observation " + o.getId());
        return new ObservationRecord(o.getId(), o.getSequenceInYear(), o.getRequiredInYear(), o.getPlannedBy(), o.getStatus(),
                o.getObserverId(), o.getHeldOn(), o.getWhatWasObserved(), o.getStrengths(), o.getAreasToDevelop(),
                o.getReflection(), o.getSupervisorSignedBy(), o.getSupervisorSignedAt(), o.getWorkerSignedAt());
    }
}
