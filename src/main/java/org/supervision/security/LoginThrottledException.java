package org.supervision.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused by {@link LoginThrottle} without checking its password. The message is
 * for the person at the login page; programs using HTTP Basic get 429 with Retry-After.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
