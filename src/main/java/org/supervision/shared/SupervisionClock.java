package org.supervision.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one clock of the product, in the organisation's time zone. Its time comes from the
 * engine's clock ({@code org.supervision.engine.EngineClock}), so that timers, task due
 * dates and the product's own date rules move together when a test (or an operator
 * demonstrating the system) sets it.
 */
@Component
public class SupervisionClock {

    private final ZoneId zone;
    private final Clock time;

    @Autowired
    public SupervisionClock(@Value("${supervision.time-zone:Europe/London}") String zone, Clock time) {
        this.zone = ZoneId.of(zone);
        this.time = time;
    }

    /** A clock on real time, for code outside the application (tests of a single class). */
    public SupervisionClock(String zone) {
        this(zone, Clock.systemUTC());
    }

    public Instant now() {
        return time.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    /** Midnight after the given day, local time: when a timer for "by the end of that day" fires. */
    public Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public ZoneId zone() {
        return zone;
    }
}
