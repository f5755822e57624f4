package org.supervision.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.supervision.engine.AsSystem;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who a person signed in elsewhere (an identity provider's token) is in the staff directory,
 * and their groups as the directory has them: the provider says who they are, never what
 * they may do.
 */
@Component
class DirectoryPeople {

    /** Why a token's person may not use the product. */
    enum Refusal { UNKNOWN, LEFT }

    static final String GROUP_PREFIX = "GROUP_";

    /** A token's person: the staff member, or why not. */
    record Match(Optional<String> staffId, Optional<Refusal> refusal) {
        static Match of(String staffId) {
            return new Match(Optional.of(staffId), Optional.empty());
        }

        static Match refused(Refusal refusal) {
            return new Match(Optional.empty(), Optional.of(refusal));
        }
    }

    private final StaffMemberRepository staff;
    private final IdentityService identity;
    private final SingleSignOnSettings settings;
    private final SupervisionClock clock;

    DirectoryPeople(StaffMemberRepository staff, IdentityService identity, SingleSignOnSettings settings, SupervisionClock clock) {
        this.staff = staff;
        this.identity = identity;
        this.settings = settings;
        this.clock = clock;
    }

    String claim() {
        return settings.claim();
    }

    /** The directory entry the claim's value names (staff id or e-mail address, as configured). */
    Match match(String claimValue) {
        if (claimValue == null || claimValue.isBlank()) {
            return Match.refused(Refusal.UNKNOWN);
        }
        Optional<StaffMember> member = settings.matchBy() == SingleSignOnSettings.MatchBy.EMAIL
                ? staff.findByEmailIgnoreCase(claimValue.trim()) : staff.findById(claimValue.trim());
        if (member.isEmpty()) {
            return Match.refused(Refusal.UNKNOWN);
        }
        // leaving is a date of the directory, so it is judged on the product's date like every other directory rule
        return member.get().isActiveOn(clock.today()) ? Match.of(member.get().getId()) : Match.refused(Refusal.LEFT);
    }

    /** The person's groups in the identity store, as authorities {@code GROUP_<id>} ({@link Roles}). */
    List<GrantedAuthority> groupsOf(String userId) {
        return AsSystem.call(identity, () -> identity.createGroupQuery().groupMember(userId).list()).stream()
                .map(Group::getId).<GrantedAuthority>map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group)).toList();
    }

    /**
     * A local service account that a program's own token (client credentials) acts as: a user
     * of this product's identity store, not a leaver if the directory lists it, with its groups.
     */
    Optional<List<GrantedAuthority>> serviceAccount(String userId) {
        boolean user = AsSystem.call(identity, () -> identity.createUserQuery().userId(userId).count() > 0);
        boolean left = staff.findById(userId).filter(member -> !member.isActiveOn(clock.today())).isPresent();
        return user && !left ? Optional.of(groupsOf(userId)) : Optional.empty();
    }
}
