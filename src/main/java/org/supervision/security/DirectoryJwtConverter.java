package org.supervision.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * A program's bearer token (from the organisation's identity provider) as the directory person
 * it names, with the directory's groups and the token's scopes ({@code SCOPE_<scope>}). A token
 * naming nobody in the directory, or a leaver, is refused (401 invalid_token).
 */
class DirectoryJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final DirectoryPeople people;
    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    DirectoryJwtConverter(DirectoryPeople people) {
        this.people = people;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object value = jwt.getClaims().get(people.claim());
        DirectoryPeople.Match match = people.match(value == null ? null : value.toString());
        if (match.refusal().isPresent()) {
            throw new InvalidBearerTokenException(match.refusal().get() == DirectoryPeople.Refusal.LEFT
                    ? "The token's person has left the organisation" : "The token's person is not in the staff directory");
        }
        String staffId = match.staffId().orElseThrow();
        List<GrantedAuthority> authorities = new ArrayList<>(people.groupsOf(staffId));
        authorities.addAll(scopes.convert(jwt));
        return new JwtAuthenticationToken(jwt, authorities, staffId);
    }
}
