package org.supervision.staff;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Camunda group ids of the product's roles (configurable to match an existing identity store). */
@ConfigurationProperties("supervision.security.groups")
public record SecurityGroups(String staff, String supervisors, String managers, String hr,
                             String directors, String auditors, String admins, String learning) {

    public List<String> all() {
        return List.of(staff, supervisors, managers, hr, directors, auditors, admins, learning);
    }
}
