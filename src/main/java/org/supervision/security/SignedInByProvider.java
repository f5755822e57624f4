package org.supervision.security;

import java.util.Set;

/**
 * A person the identity provider signed in (a session's user, or a bearer token's), with the
 * product groups their token grants under the operator's {@link GroupMapping}.
 */
interface SignedInByProvider {

    Set<String> grantedGroups();
}
