package org.supervision.audit;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.supervision.security.SecurityGroups;
import org.supervision.shared.AsSystem;

/** Membership of the directors and auditors groups, as the identity store has it. */
@Component
class Memberships {

    private final IdentityService identity;
    private final SecurityGroups groups;

    Memberships(IdentityService identity, SecurityGroups groups) {
        this.identity = identity;
        this.groups = groups;
    }

    boolean isDirector(String userId) {
        return isMember(userId, groups.directors());
    }

    boolean isAuditor(String userId) {
        return isMember(userId, groups.auditors());
    }

    private boolean isMember(String userId, String group) {
        return AsSystem.call(identity, () -> identity.createGroupQuery().groupMember(userId).groupId(group).count() > 0);
    }
}
