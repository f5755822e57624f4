package org.supervision.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people signed in by the organisation's identity provider (OpenID Connect) and programs
 * holding its bearer tokens are matched to the staff directory. The providers themselves are
 * Spring Boot's {@code spring.security.oauth2.client.*} and
 * {@code spring.security.oauth2.resourceserver.jwt.*} settings (deploy/README.md).
 *
 * @param claim         the ID token's (or bearer token's) claim that holds the person's staff id or e-mail address
 * @param matchBy       whether that claim is compared with the directory's staff ids or e-mail addresses
 * @param passwordLogin whether people may still sign in with a password of this product
 * @param apiScope      the scope a bearer token must carry for /api and /engine-rest
 */
@ConfigurationProperties("supervision.security.single-sign-on")
public record SingleSignOnSettings(String claim, MatchBy matchBy, boolean passwordLogin, String apiScope) {

    public enum MatchBy { EMAIL, STAFF_ID }

    public SingleSignOnSettings {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("supervision.security.single-sign-on.claim must name a claim, e.g. email");
        }
        if (matchBy == null) {
            throw new IllegalArgumentException("supervision.security.single-sign-on.match-by must be email or staff-id");
        }
        if (apiScope == null || apiScope.isBlank()) {
            throw new IllegalArgumentException("supervision.security.single-sign-on.api-scope must name a scope, e.g. supervision.api");
        }
    }
}
