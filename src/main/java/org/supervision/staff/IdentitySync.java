package org.supervision.staff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supervision.engine.AsSystem;
import org.supervision.shared.SupervisionClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps Camunda's users and groups in step with the staff directory: one login for
 * Tasklist, Cockpit, Admin, the REST API and the product's own API. Supervisors and
 * managers are derived from the directory; other roles are granted in it. Leavers keep
 * their user (history stays attributable) but lose every group.
 */
@Component
public class IdentitySync {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);

    private final IdentityService identity;
    private final StaffMemberRepository staff;
    private final SupervisionRelationshipRepository relationships;
    private final SecurityGroups groups;
    private final SupervisionClock clock;

    IdentitySync(IdentityService identity, StaffMemberRepository staff,
                 SupervisionRelationshipRepository relationships, SecurityGroups groups, SupervisionClock clock) {
        this.identity = identity;
        this.staff = staff;
        this.relationships = relationships;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * After every directory change, and nightly ({@link NightlyIdentitySync}, once per cluster),
     * because leaving dates and relationship end dates take effect by themselves.
     */
    @Transactional
    public void syncAll() {
        // identity writes are system work, whatever the caller's own permissions
        AsSystem.run(identity, () -> {
            ensureGroups();
            List<StaffMember> directory = staff.findAll();
            syncUsers(directory);
            syncMemberships(wantedMemberships(directory), directory);
        });
    }

    private void ensureGroups() {
        Set<String> existing = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
        for (String id : groups.all()) {
            if (!existing.contains(id)) {
                Group group = identity.newGroup(id);
                group.setName(id.substring(0, 1).toUpperCase() + id.substring(1));
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
        }
    }

    private void syncUsers(List<StaffMember> directory) {
        Map<String, User> users = identity.createUserQuery().list().stream()
                .collect(Collectors.toMap(User::getId, u -> u));
        for (StaffMember member : directory) {
            User user = users.get(member.getId());
            if (user == null) {
                user = identity.newUser(member.getId());
            } else if (member.getFirstName().equals(user.getFirstName()) && member.getLastName().equals(user.getLastName())
                    && member.getEmail().equals(user.getEmail())) {
                continue;
            }
            user.setFirstName(member.getFirstName());
            user.setLastName(member.getLastName());
            user.setEmail(member.getEmail());
            identity.saveUser(user);
        }
    }

    private Map<String, Set<String>> wantedMemberships(List<StaffMember> all) {
        LocalDate today = clock.today();
        Set<String> active = all.stream().filter(m -> m.isActiveOn(today)).map(StaffMember::getId).collect(Collectors.toSet());
        Map<String, Set<String>> wanted = new HashMap<>();
        groups.all().forEach(g -> wanted.put(g, new HashSet<>()));
        wanted.get(groups.staff()).addAll(active);
        for (StaffMember member : all) {
            if (!active.contains(member.getId())) {
                continue;
            }
            if (member.getLineManagerId() != null && active.contains(member.getLineManagerId())) {
                wanted.get(groups.managers()).add(member.getLineManagerId());
            }
            for (StaffRole role : member.getRoles()) {
                if (groupOf(role) != null) {
                    wanted.get(groupOf(role)).add(member.getId());
                }
            }
        }
        relationships.findAll().stream()
                .filter(r -> r.isValidOn(today) && active.contains(r.getSuperviseeId()) && active.contains(r.getSupervisorId()))
                .forEach(r -> wanted.get(groups.supervisors()).add(r.getSupervisorId()));
        return wanted;
    }

    private void syncMemberships(Map<String, Set<String>> wanted, List<StaffMember> members) {
        Set<String> directory = members.stream().map(StaffMember::getId).collect(Collectors.toSet());
        for (Map.Entry<String, Set<String>> group : wanted.entrySet()) {
            Set<String> current = identity.createUserQuery().memberOfGroup(group.getKey()).list().stream()
                    .map(User::getId).collect(Collectors.toSet());
            for (String userId : group.getValue()) {
                if (!current.contains(userId)) {
                    identity.createMembership(userId, group.getKey());
                }
            }
            for (String userId : current) {
                // only directory users are managed here; technical users such as the admin are left alone
                if (directory.contains(userId) && !group.getValue().contains(userId)) {
                    identity.deleteMembership(userId, group.getKey());
                    LOG.info("Removed {} from group {}", userId, group.getKey());
                }
            }
        }
    }

    private String groupOf(StaffRole role) {
        return switch (role) {
            case HR -> groups.hr();
            case DIRECTOR -> groups.directors();
            case AUDITOR -> groups.auditors();
            case ADMIN -> groups.admins();
            case LEARNING -> groups.learning();
            // observing is given task by task at booking, not through a group
            case PRACTICE_EDUCATOR -> null;
        };
    }
}
