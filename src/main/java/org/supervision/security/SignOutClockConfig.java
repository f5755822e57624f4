package org.supervision.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Real time for signing people out ({@link SignOutClock}). */
@Configuration
class SignOutClockConfig {

    @Bean
    SignOutClock signOutClock() {
        return new SignOutClock(Clock.systemUTC());
    }
}
