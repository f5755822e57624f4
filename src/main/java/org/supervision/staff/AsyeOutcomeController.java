package org.supervision.staff;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.supervision.shared.StaffId;
import org.supervision.shared.TaskInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The end of an ASYE's assessed year, as their supervisor or line manager records it: the
 * year completed on a day, or extended to a later day. Without an outcome the year completes
 * on its own 12 months after the start date.
 */
@RestController
@RequestMapping("/api/staff/{staffId}")
class AsyeOutcomeController {

    private final AsyeYear asyeYear;
    private final AsyeCompletionRepository completions;
    private final Routing routing;

    AsyeOutcomeController(AsyeYear asyeYear, AsyeCompletionRepository completions, Routing routing) {
        this.asyeYear = asyeYear;
        this.completions = completions;
        this.routing = routing;
    }

    /** {@code outcome}: COMPLETED or EXTENDED; {@code date}: the day completed on, or extended to (yyyy-mm-dd). */
    record OutcomeRequest(String outcome, String date, String reason) {
    }

    record OutcomeView(String outcome, LocalDate completedOn, LocalDate extendedTo, String recordedBy,
                       Instant recordedAt, String reason) {
        static OutcomeView of(AsyeCompletion c) {
            return new OutcomeView(c.getOutcome().name(), c.getCompletedOn(), c.getExtendedTo(), c.getRecordedBy(),
                    c.getRecordedAt(), c.getReason());
        }
    }

    @PostMapping("/asye-outcome")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The outcome is recorded; a year completed today or earlier"
            + " moves the member to the post-ASYE rules now")
    OutcomeView record(@PathVariable @StaffId String staffId, @RequestBody OutcomeRequest request, Principal user) {
        checkSupervisorOrLineManager(user.getName(), staffId);
        return OutcomeView.of(asyeYear.recordOutcome(staffId, outcome(request.outcome()), date(request.date()),
                request.reason(), user.getName()));
    }

    @GetMapping("/asye-outcomes")
    List<OutcomeView> history(@PathVariable @StaffId String staffId, Principal user) {
        checkSupervisorOrLineManager(user.getName(), staffId);
        return completions.findByStaffIdOrderByIdAsc(staffId).stream().map(OutcomeView::of).toList();
    }

    private void checkSupervisorOrLineManager(String userId, String staffId) {
        if (!userId.equals(answerOrNull(() -> routing.supervisorOf(staffId)))
                && !userId.equals(answerOrNull(() -> routing.lineManagerOf(staffId)))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only the member's supervisor or line manager can record the outcome of their ASYE year");
        }
    }

    private static String answerOrNull(java.util.function.Supplier<String> routed) {
        try {
            return routed.get();
        } catch (RoutingException | IllegalArgumentException noneOrUnknown) {
            return null;
        }
    }

    private static AsyeCompletion.Outcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AsyeCompletion.Outcome.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("outcome", "'" + text + "' is neither COMPLETED nor EXTENDED");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TaskInputException("date", "'" + text + "' is not a date: write it as 2027-06-30");
        }
    }
}
