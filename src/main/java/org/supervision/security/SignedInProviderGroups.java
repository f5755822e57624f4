package org.supervision.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.supervision.engine.ProviderDecidedGroups;

/**
 * Tells the engine which groups the identity provider decides for the person signed in on
 * this thread: with a group mapping, for a person the provider signed in (session or bearer
 * token), the mapped groups as their token grants them. Local sign-ins, service accounts and
 * other users' groups stay the identity store's.
 */
@Component
class SignedInProviderGroups implements ProviderDecidedGroups {

    private final GroupMapping mapping;

    SignedInProviderGroups(GroupMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean decidesAnyGroup() {
        return mapping.configured();
    }

    @Override
    public Optional<Decided> forUser(String userId) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!mapping.configured() || signedIn == null || !userId.equals(signedIn.getName())) {
            return Optional.empty();
        }
        SignedInByProvider person = signedIn instanceof SignedInByProvider token ? token
                : signedIn.getPrincipal() instanceof SignedInByProvider user ? user : null;
        return person == null ? Optional.empty() : Optional.of(new Decided(mapping.decided(), person.grantedGroups()));
    }
}
