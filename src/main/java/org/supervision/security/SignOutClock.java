package org.supervision.security;

import java.time.Clock;
import java.time.Instant;

/**
 * The time that signs people out: real time, never the product's clock
 * ({@code SupervisionClock}), which the demo and the tests move forward by months to make
 * timers fall due. A session time-out on that clock would sign everyone out whenever it
 * moved. Tests of the time-outs replace this bean with one on a clock they control.
 */
public class SignOutClock {

    private final Clock time;

    public SignOutClock(Clock time) {
        this.time = time;
    }

    public Instant now() {
        return time.instant();
    }
}
