package org.supervision.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.supervision.shared.AsSystem;
import org.camunda.bpm.engine.identity.Group;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks logins against Camunda's identity store (hashed, salted passwords and its
 * lock-out after repeated failures), so that the product pages, the webapps and both
 * REST APIs share one account. Staff who have left cannot log in.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    private final IdentityService identity;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;

    CamundaIdentityAuthenticationProvider(IdentityService identity, StaffMemberRepository staff, SupervisionClock clock) {
        this.identity = identity;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null || !hasPassword(userId)
                || !identity.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        staff.findById(userId).filter(member -> !member.isActiveOn(clock.today())).ifPresent(member -> {
            throw new DisabledException(userId + " has left the organisation");
        });
        List<SimpleGrantedAuthority> authorities = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    /** Imported staff have no password until one is set; Camunda's check fails on them (NPE) rather than saying no. */
    private boolean hasPassword(String userId) {
        User user = AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).singleResult());
        return user != null && user.getPassword() != null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
