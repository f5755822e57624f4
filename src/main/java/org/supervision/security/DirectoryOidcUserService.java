package org.supervision.security;

import java.util.Locale;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider has signed a person in: finds them in the staff directory by the
 * configured claim and gives them the directory's groups (those the operator maps from the
 * provider's groups as the provider's claim says, {@link GroupMapping}), or refuses someone
 * the directory does not know or who has left ({@link SingleSignOnFailureHandler} says so).
 */
class DirectoryOidcUserService extends OidcUserService {

    static final String REFUSED_PREFIX = "supervision_";

    private final DirectoryPeople people;
    private final GroupMapping mapping;

    DirectoryOidcUserService(DirectoryPeople people, GroupMapping mapping) {
        this.people = people;
        this.mapping = mapping;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = super.loadUser(request);
        Object value = provided.getClaims().get(people.claim());
        DirectoryPeople.Match match = people.match(value == null ? null : value.toString());
        if (match.refusal().isPresent()) {
            String code = REFUSED_PREFIX + match.refusal().get().name().toLowerCase(Locale.ROOT);
            throw new OAuth2AuthenticationException(new OAuth2Error(code),
                    "Refused single sign-on of " + value + ": " + match.refusal().get());
        }
        String staffId = match.staffId().orElseThrow();
        Set<String> granted = mapping.granted(provided.getClaims());
        return new DirectoryOidcUser(staffId, mapping.apply(people.groupsOf(staffId), granted), granted,
                provided.getIdToken(), provided.getUserInfo());
    }
}
