package org.supervision.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call /api and /engine-rest at all: any login (HTTP Basic), and a bearer token only
 * with the configured scope, so that a token the provider issued for another application
 * does not open this one (403 insufficient_scope). What each caller may then see is decided
 * as for a person (Camunda's authorizations, the product's role checks).
 */
class ApiAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final String scopeAuthority;

    ApiAccess(String scope) {
        this.scopeAuthority = "SCOPE_" + scope;
    }

    @Override
    @SuppressWarnings("deprecation") // check() is still the method to implement in Spring Security 6
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        if (caller instanceof JwtAuthenticationToken) {
            return new AuthorizationDecision(caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(scopeAuthority)));
        }
        return new AuthorizationDecision(true);
    }
}
