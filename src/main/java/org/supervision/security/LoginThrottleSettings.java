package org.supervision.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins are throttled per source address ({@link LoginThrottle}); defaults and
 * meaning in application.yml, operators' view in deploy/README.md.
 *
 * @param maxFailuresPerName failed logins for one user name from one source before that
 *                           source is refused for that name
 * @param maxNamesPerSource  different user names with failed logins from one source before
 *                           that source is refused for every name
 * @param window             failures are forgotten this long after the last one (or after
 *                           the refusal it caused has ended)
 * @param firstBlock         the first refusal of a source for a name; each further failure
 *                           doubles it
 * @param maxBlock           the longest refusal; also how long a source trying many names
 *                           is refused
 */
@ConfigurationProperties("supervision.security.login-throttle")
public record LoginThrottleSettings(int maxFailuresPerName, int maxNamesPerSource, Duration window,
                                    Duration firstBlock, Duration maxBlock) {

    public LoginThrottleSettings {
        require(maxFailuresPerName >= 1, "max-failures-per-name must be at least 1");
        require(maxNamesPerSource >= 1, "max-names-per-source must be at least 1");
        require(positive(window), "window must be a positive duration, e.g. PT15M");
        require(positive(firstBlock), "first-block must be a positive duration, e.g. PT1M");
        require(positive(maxBlock) && maxBlock.compareTo(firstBlock) >= 0,
                "max-block must be a duration at least as long as first-block, e.g. PT15M");
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("supervision.security.login-throttle." + problem);
        }
    }
}
