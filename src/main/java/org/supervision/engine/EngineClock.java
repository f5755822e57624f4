package org.supervision.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's clock as a {@link Clock}: the time source of the product's own clock
 * ({@code SupervisionClock}), so that the product's dates and Camunda's timers agree. Tests
 * and the demo move it; in production it is real time.
 *
 * <p>Uses Camunda's {@code ClockUtil} (internal API; there is no public one). After a
 * Camunda upgrade: check that {@code ClockUtil.getCurrentTime()}, {@code setCurrentTime}
 * and {@code reset} still exist; every test that moves the clock depends on them.
 */
@Component
public class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine's clock has no zone: SupervisionClock applies the organisation's");
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Demo only: stops the clock at the given moment (timers fall due as if it were then). */
    public void moveTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Demo only: back to real time. */
    public void backToRealTime() {
        ClockUtil.reset();
    }
}
