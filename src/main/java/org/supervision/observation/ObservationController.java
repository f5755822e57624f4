package org.supervision.observation;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
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
}
