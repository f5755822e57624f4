package org.supervision.engine;

import java.util.Optional;
import java.util.Set;

/**
 * Groups that the organisation's identity provider, rather than the identity store, decides
 * for the person signed in on this thread (single sign-on with a group mapping). The engine's
 * answers about that person's groups follow it ({@link SignedInGroupMembership}); everyone
 * else's, and everything run without a signed-in person (jobs), stay the identity store's.
 */
public interface ProviderDecidedGroups {

    /** Whether the provider decides any group at all (a group mapping is configured). */
    boolean decidesAnyGroup();

    /** Empty when the identity store decides all of this user's groups. */
    Optional<Decided> forUser(String userId);

    /**
     * @param decided the groups the provider decides (every mapping target)
     * @param granted those of them the provider grants this person
     */
    record Decided(Set<String> decided, Set<String> granted) {
    }
}
