package org.supervision.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a signed-in person is signed out ({@link SessionTimeouts}); defaults and meaning in
 * application.yml, operators' view in deploy/README.md.
 *
 * @param idle       signed out after this long without using the workspace or the webapps
 * @param absolute   signed out this long after signing in, however busy (a shared office
 *                   computer left signed in all day)
 * @param warnBefore the workspace pages warn this long before either, so the person can
 *                   stay signed in (idle) or save their work (absolute)
 */
@ConfigurationProperties("supervision.security.session-timeout")
public record SessionTimeoutSettings(Duration idle, Duration absolute, Duration warnBefore) {

    public SessionTimeoutSettings {
        require(positive(idle), "idle must be a positive duration, e.g. PT30M");
        require(positive(absolute) && absolute.compareTo(idle) >= 0,
                "absolute must be a duration at least as long as idle, e.g. PT10H");
        require(positive(warnBefore) && warnBefore.compareTo(idle) < 0,
                "warn-before must be a positive duration shorter than idle, e.g. PT2M");
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("supervision.security.session-timeout." + problem);
        }
    }
}
