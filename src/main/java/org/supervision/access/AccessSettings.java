package org.supervision.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people get access (application.yml, {@code supervision.access}; the administrator's
 * guide explains each).
 *
 * @param invitationValidFor    how long the link in an invitation works
 * @param resetValidFor         how long a "forgotten password" link works
 * @param inviteOnImport        whether people new to the directory are e-mailed an invitation
 * @param minimumPasswordLength the shortest password accepted (the engine sets no password policy)
 * @param requestsPerSource     "forgotten password" requests one address may make within requestWindow
 * @param requestsPerPerson     links one person may be sent within requestWindow
 * @param requestWindow         the period over which requests are counted
 */
@ConfigurationProperties("supervision.access")
record AccessSettings(Duration invitationValidFor, Duration resetValidFor, boolean inviteOnImport,
                      int minimumPasswordLength, int requestsPerSource, int requestsPerPerson, Duration requestWindow) {

    AccessSettings {
        require(positive(invitationValidFor), "invitation-valid-for must be a positive duration, e.g. P7D");
        require(positive(resetValidFor), "reset-valid-for must be a positive duration, e.g. PT1H");
        require(minimumPasswordLength >= 8, "minimum-password-length must be at least 8");
        require(requestsPerSource >= 1 && requestsPerPerson >= 1, "requests-per-source and requests-per-person must be at least 1");
        require(positive(requestWindow), "request-window must be a positive duration, e.g. PT1H");
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("supervision.access." + problem);
        }
    }
}
