package org.supervision.security;

import org.supervision.staff.SecurityGroups;
import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.supervision.engine.AsSystem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Role checks for the product's own API, e.g. {@code @PreAuthorize("@roles.maintainsDirectory()")}. */
@Component("roles")
public class Roles {

    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private final SecurityGroups groups;
    private final IdentityService identity;

    Roles(SecurityGroups groups, IdentityService identity) {
        this.groups = groups;
        this.identity = identity;
    }

    /** Membership as the identity store has it, for any user (not only the one of this request). */
    public boolean isMember(String userId, String... groupIds) {
        return AsSystem.call(identity, () -> identity.createGroupQuery().groupMember(userId).groupIdIn(groupIds).count() > 0);
    }

    public boolean isDirector(String userId) {
        return isMember(userId, groups.directors());
    }

    public boolean isAuditor(String userId) {
        return isMember(userId, groups.auditors());
    }

    public boolean isHr(String userId) {
        return isMember(userId, groups.hr());
    }

    public boolean isAdministrator(String userId) {
        return isMember(userId, groups.admins(), CAMUNDA_ADMIN);
    }

    /** Members of these groups bypass Camunda's authorization checks (camunda.bpm admin-groups). */
    public String[] administratorGroups() {
        return new String[] {groups.admins(), CAMUNDA_ADMIN};
    }

    public boolean maintainsDirectory() {
        return inAnyGroup(directoryMaintainers());
    }

    /** Administrators and HR: they import the directory and launch organisation-wide cycles. */
    public String[] directoryMaintainers() {
        return new String[] {groups.admins(), groups.hr(), CAMUNDA_ADMIN};
    }

    public boolean inAnyGroup(String... groupIds) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        for (String group : groupIds) {
            if (authorities.stream().anyMatch(a -> a.getAuthority().equals("GROUP_" + group))) {
                return true;
            }
        }
        return false;
    }
}
