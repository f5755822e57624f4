package org.supervision.security;

import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Role checks for the product's own API, e.g. {@code @PreAuthorize("@roles.maintainsDirectory()")}. */
@Component("roles")
public class Roles {

    static final String CAMUNDA_ADMIN = "camunda-admin";

    private final SecurityGroups groups;

    Roles(SecurityGroups groups) {
        this.groups = groups;
    }

    public boolean maintainsDirectory() {
        return inAnyGroup(groups.admins(), groups.hr(), CAMUNDA_ADMIN);
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
