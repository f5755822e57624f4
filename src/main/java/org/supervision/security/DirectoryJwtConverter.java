package org.supervision.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * A bearer token (from the organisation's identity provider) as the directory person it names,
 * with the directory's groups (the mapped ones as its group claim says, {@link GroupMapping})
 * and the token's scopes ({@code SCOPE_<scope>}). A token that names no person at all is a
 * program's own (client credentials): it acts as the local service account the operator
 * listed for its client, with that account's groups (and Entra ID's application permissions,
 * in {@code roles}, count as scopes). Refused (401 invalid_token): a token
 * naming someone the directory does not know or a leaver, and a program's own token whose
 * client is not listed.
 */
class DirectoryJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /**
     * Where providers put the client id of a client-credentials token: {@code azp} (Entra ID
     * v2.0, Keycloak, Auth0), {@code client_id} (Keycloak, RFC 9068), {@code appid} (Entra ID
     * v1.0), else {@code sub} (Spring Authorization Server, Okta: the client is the subject).
     */
    private static final List<String> CLIENT_CLAIMS = List.of("azp", "client_id", "appid", "sub");

    private final DirectoryPeople people;
    private final GroupMapping mapping;
    private final Map<String, String> serviceAccounts;
    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
    /** Entra ID puts the application permissions of an app-only token in {@code roles}, not {@code scp}. */
    private final JwtGrantedAuthoritiesConverter applicationPermissions = new JwtGrantedAuthoritiesConverter();

    DirectoryJwtConverter(DirectoryPeople people, GroupMapping mapping, Map<String, String> serviceAccounts) {
        this.people = people;
        this.mapping = mapping;
        this.serviceAccounts = serviceAccounts;
        applicationPermissions.setAuthoritiesClaimName("roles");
        applicationPermissions.setAuthorityPrefix("SCOPE_");
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object value = jwt.getClaims().get(people.claim());
        if (value == null) {
            return asServiceAccount(jwt);
        }
        DirectoryPeople.Match match = people.match(value.toString());
        if (match.refusal().isPresent()) {
            throw new InvalidBearerTokenException(match.refusal().get() == DirectoryPeople.Refusal.LEFT
                    ? "The token's person has left the organisation" : "The token's person is not in the staff directory");
        }
        String staffId = match.staffId().orElseThrow();
        Set<String> granted = mapping.granted(jwt.getClaims());
        List<GrantedAuthority> authorities = new ArrayList<>(mapping.apply(people.groupsOf(staffId), granted));
        authorities.addAll(scopes.convert(jwt));
        return new PersonBearerToken(jwt, authorities, staffId, granted);
    }

    private AbstractAuthenticationToken asServiceAccount(Jwt jwt) {
        String client = clientOf(jwt).orElseThrow(() -> new InvalidBearerTokenException(
                "The token names no person (claim " + people.claim() + ") and no client"));
        String account = serviceAccounts.get(client);
        if (account == null) {
            throw new InvalidBearerTokenException("The token names no person (claim " + people.claim() + ") and its client "
                    + client + " has no service account here (supervision.security.single-sign-on.service-accounts)");
        }
        List<GrantedAuthority> authorities = new ArrayList<>(people.serviceAccount(account).orElseThrow(() ->
                new InvalidBearerTokenException("The service account " + account + " of client " + client
                        + " is not a user of this product, or has left")));
        authorities.addAll(scopes.convert(jwt));
        authorities.addAll(applicationPermissions.convert(jwt));
        return new JwtAuthenticationToken(jwt, authorities, account);
    }

    private static Optional<String> clientOf(Jwt jwt) {
        return CLIENT_CLAIMS.stream().map(jwt::getClaimAsString).filter(value -> value != null && !value.isBlank()).findFirst();
    }

    /** A person's bearer token, with the groups its group claim grants. */
    static final class PersonBearerToken extends JwtAuthenticationToken implements SignedInByProvider {

        private static final long serialVersionUID = 1L;

        private final Set<String> grantedGroups;

        PersonBearerToken(Jwt jwt, List<GrantedAuthority> authorities, String staffId, Set<String> grantedGroups) {
            super(jwt, authorities, staffId);
            this.grantedGroups = Set.copyOf(grantedGroups);
        }

        @Override
        public Set<String> grantedGroups() {
            return grantedGroups;
        }
    }
}
