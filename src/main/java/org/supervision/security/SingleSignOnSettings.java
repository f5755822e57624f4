package org.supervision.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people signed in by the organisation's identity provider (OpenID Connect) and programs
 * holding its bearer tokens are matched to the staff directory. The providers themselves are
 * Spring Boot's {@code spring.security.oauth2.client.*} and
 * {@code spring.security.oauth2.resourceserver.jwt.*} settings (deploy/README.md).
 *
 * @param claim           the ID token's (or bearer token's) claim that holds the person's staff id or e-mail address
 * @param matchBy         whether that claim is compared with the directory's staff ids or e-mail addresses
 * @param passwordLogin   whether people may still sign in with a password of this product
 * @param apiScope        the scope a bearer token must carry for /api and /engine-rest
 * @param groupClaim      the claim that holds the provider's groups (or app roles) of a person, read only for group-mapping
 * @param groupMapping    provider group (name or id, as the claim has it) → product group it grants; empty: the
 *                        directory decides every group ({@link GroupMapping})
 * @param serviceAccounts client id of a program using the client-credentials grant → the local service account
 *                        (a user of this product) its tokens act as; empty: such tokens are refused
 */
@ConfigurationProperties("supervision.security.single-sign-on")
public record SingleSignOnSettings(String claim, MatchBy matchBy, boolean passwordLogin, String apiScope,
                                   String groupClaim, Map<String, String> groupMapping,
                                   Map<String, String> serviceAccounts) {

    static final String PREFIX = "supervision.security.single-sign-on.";

    public enum MatchBy { EMAIL, STAFF_ID }

    public SingleSignOnSettings {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "claim must name a claim, e.g. email");
        }
        if (matchBy == null) {
            throw new IllegalArgumentException(PREFIX + "match-by must be email or staff-id");
        }
        if (apiScope == null || apiScope.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "api-scope must name a scope, e.g. supervision.api");
        }
        groupMapping = groupMapping == null ? Map.of() : Map.copyOf(named(groupMapping, "group-mapping", "a group of this product"));
        serviceAccounts = serviceAccounts == null ? Map.of()
                : Map.copyOf(named(serviceAccounts, "service-accounts", "a user of this product"));
        if (!groupMapping.isEmpty() && (groupClaim == null || groupClaim.isBlank())) {
            throw new IllegalArgumentException(PREFIX + "group-claim must name the claim that holds the provider's groups, "
                    + "e.g. groups, when " + PREFIX + "group-mapping is set");
        }
    }

    private static Map<String, String> named(Map<String, String> entries, String setting, String what) {
        entries.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(PREFIX + setting + ".[" + key + "] must name " + what);
            }
        });
        return entries;
    }
}
