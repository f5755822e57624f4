package org.supervision.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in by the identity provider, named by their staff id (the name Camunda's
 * webapps and the product's pages use), with the directory's groups and those the provider
 * grants under the operator's group mapping.
 */
class DirectoryOidcUser extends DefaultOidcUser implements SignedInByProvider {

    private final String staffId;
    private final Set<String> grantedGroups;

    DirectoryOidcUser(String staffId, Collection<? extends GrantedAuthority> groups, Set<String> grantedGroups,
                      OidcIdToken idToken, OidcUserInfo userInfo) {
        super(groups, idToken, userInfo);
        this.staffId = staffId;
        this.grantedGroups = Set.copyOf(grantedGroups);
    }

    @Override
    public String getName() {
        return staffId;
    }

    @Override
    public Set<String> grantedGroups() {
        return grantedGroups;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryOidcUser user && super.equals(other) && staffId.equals(user.staffId)
                && grantedGroups.equals(user.grantedGroups);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + staffId.hashCode();
    }
}
