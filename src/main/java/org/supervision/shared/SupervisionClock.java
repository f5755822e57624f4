package org.supervision.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one clock of the product. It reads Camunda's {@link ClockUtil} so that timers,
 * task due dates and the product's own date rules move together when a test (or an
 * operator demonstrating the system) sets the engine clock.
 */
@Component
public class SupervisionClock {

    private final ZoneId zone;

    public SupervisionClock(@Value("${supervision.time-zone:Europe/London}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
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
