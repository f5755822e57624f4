package org.supervision.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.supervision.engine.ReadOnlyPasswordCheck;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks logins against Camunda's identity store (hashed, salted passwords), so that the
 * product pages, the webapps and both REST APIs share one account. Failed logins are
 * throttled per source address ({@link LoginThrottle}), never by locking the account, and
 * take the same work for unknown and known user names ({@link ReadOnlyPasswordCheck}).
 * Staff who have left cannot log in.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    private final IdentityService identity;
    private final ReadOnlyPasswordCheck passwords;
    private final LoginThrottle throttle;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;

    CamundaIdentityAuthenticationProvider(IdentityService identity, ReadOnlyPasswordCheck passwords, LoginThrottle throttle,
                                          StaffMemberRepository staff, SupervisionClock clock) {
        this.identity = identity;
        this.passwords = passwords;
        this.throttle = throttle;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        LoginThrottle.LoginAttempt attempt = throttle.begin(LoginSource.of(authentication.getDetails()), userId);
        // no early refusal of unknown names: both kinds of name take the same check
        if (!passwords.matches(userId, password)) {
            attempt.failed();
            throw new BadCredentialsException("Wrong user name or password.");
        }
        attempt.succeeded();
        staff.findById(userId).filter(member -> !member.isActiveOn(clock.today())).ifPresent(member -> {
            throw new DisabledException(userId + " has left the organisation");
        });
        List<SimpleGrantedAuthority> authorities = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
