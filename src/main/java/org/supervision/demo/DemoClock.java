package org.supervision.demo;

import org.supervision.shared.TaskInputException;
import org.supervision.shared.DateWindow;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.security.Roles;
import org.supervision.engine.EngineClock;
import org.supervision.shared.SupervisionClock;

/**
 * Demo profile only: moves the engine's clock so that deadlines, reminders and the
 * September and March cycles can be shown without waiting. The job executor then runs
 * whatever fell due. Administrators only; a production build never has this endpoint.
 */
@RestController
@RequestMapping("/api/demo/clock")
@ConditionalOnProperty(name = "supervision.demo.enabled", havingValue = "true")
class DemoClock {

    private final SupervisionClock clock;
    private final EngineClock engineClock;
    private final Roles roles;

    DemoClock(SupervisionClock clock, EngineClock engineClock, Roles roles) {
        this.engineClock = engineClock;
        this.clock = clock;
        this.roles = roles;
    }

    record ClockSetting(@NotNull LocalDate date) {
    }

    /** Far enough for any demonstration; beyond it the engine's dates and timers stop making sense. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    @GetMapping
    Map<String, Object> now() {
        return Map.of("now", clock.now().toString(), "today", clock.today().toString());
    }

    /** Sets the clock to 09:00 on the given day. */
    @PutMapping
    Map<String, Object> set(@RequestBody @Valid ClockSetting setting, Principal user) {
        requireAdmin(user);
        if (setting.date().isBefore(EARLIEST) || setting.date().isAfter(LATEST)) {
            throw new TaskInputException("date", "must be a date from " + DateWindow.uk(EARLIEST) + " to " + DateWindow.uk(LATEST));
        }
        engineClock.moveTo(setting.date().atTime(LocalTime.of(9, 0)).atZone(clock.zone()).toInstant());
        return now();
    }

    @DeleteMapping
    Map<String, Object> reset(Principal user) {
        requireAdmin(user);
        engineClock.backToRealTime();
        return now();
    }

    private void requireAdmin(Principal user) {
        if (!roles.isAdministrator(user.getName())) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "only an administrator may move the demo clock"), null);
        }
    }
}
