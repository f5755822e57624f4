package org.supervision.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in by the identity provider, named by their staff id (the name Camunda's
 * webapps and the product's pages use), with the directory's groups.
 */
class DirectoryOidcUser extends DefaultOidcUser {

    private final String staffId;

    DirectoryOidcUser(String staffId, Collection<? extends GrantedAuthority> groups, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(groups, idToken, userInfo);
        this.staffId = staffId;
    }

    @Override
    public String getName() {
        return staffId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryOidcUser user && super.equals(other) && staffId.equals(user.staffId);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + staffId.hashCode();
    }
}
