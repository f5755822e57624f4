package org.supervision.group;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.security.Roles;
import org.supervision.shared.StaffId;
import org.supervision.staff.SecurityGroups;

/**
 * Supervision groups: set up by a manager or supervisor; each member's attendance (dates and
 * counts, readable like the rest of their supervision's quantity); and what group sessions
 * recorded for one member's own record (readable by that member and their supervisor only).
 */
@RestController
class GroupController {

    private final GroupSetup setup;
    private final SupervisionGroupRepository groups;
    private final GroupSessionRepository sessions;
    private final GroupSessionMemberRepository members;
    private final RecordAccessPolicy access;
    private final GroupRecordAccess ownRecordAccess;
    private final Roles roles;
    private final SecurityGroups securityGroups;

    GroupController(GroupSetup setup, SupervisionGroupRepository groups, GroupSessionRepository sessions,
                    GroupSessionMemberRepository members, RecordAccessPolicy access, GroupRecordAccess ownRecordAccess,
                    Roles roles, SecurityGroups securityGroups) {
        this.setup = setup;
        this.groups = groups;
        this.sessions = sessions;
        this.members = members;
        this.access = access;
        this.ownRecordAccess = ownRecordAccess;
        this.roles = roles;
        this.securityGroups = securityGroups;
    }

    record GroupView(Long id, String name, GroupKind kind, GroupMeets meets, String facilitatorId, List<String> memberIds,
                     LocalDate firstSessionOn, String setUpBy, Instant setUpAt, String processInstanceId) {
        static GroupView of(SupervisionGroup g) {
            return new GroupView(g.getId(), g.getName(), g.getKind(), g.getMeets(), g.getFacilitatorId(),
                    g.getMemberIds().stream().sorted().toList(), g.getFirstSessionOn(), g.getSetUpBy(), g.getSetUpAt(),
                    g.getProcessInstanceId());
        }
    }

    /** What one group session recorded for the member's own supervision record. */
    record OwnRecordItems(Long groupId, String groupName, LocalDate heldOn, String ownRecordItems, String learningNeeds,
                          String recordedBy, Instant recordedAt) {
    }

    @Operation(summary = "Set up a supervision group (a manager or supervisor): name, kind (GROUP_CASEWORK,"
            + " PEER_GROUP_SUPERVISION, OTHER), meets (WEEKLY, FORTNIGHTLY, EVERY_FOUR_WEEKS), facilitatorId,"
            + " memberIds and firstSessionOn (yyyy-mm-dd); the facilitator is then asked to book the first session")
    @ApiResponse(responseCode = "201", description = "The group is set up and its process started")
    @PostMapping("/api/groups")
    @ResponseStatus(HttpStatus.CREATED)
    GroupView setUp(@RequestBody GroupSetup.Request request, Principal user) {
        if (!roles.isMember(user.getName(), securityGroups.supervisors(), securityGroups.managers(),
                securityGroups.admins(), Roles.CAMUNDA_ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a manager or a supervisor can set up a group");
        }
        return GroupView.of(setup.setUp(request, user.getName()));
    }

    @Operation(summary = "A member's attendance at each of their groups: sessions held and attended per month, the"
            + " dates attended and missed; countsTowardsOneToOne marks weekly group casework. Dates and counts only")
    @GetMapping("/api/staff/{staffId}/group-attendance")
    List<GroupAttendance> attendance(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "group attendance");
        List<GroupSessionMember> marked = members.findByStaffIdOrderByIdAsc(staffId);
        Map<Long, GroupSession> sessionsById = sessionsOf(marked);
        Map<Long, Map<LocalDate, Boolean>> byGroup = new LinkedHashMap<>();
        for (GroupSessionMember mark : marked) {
            GroupSession session = sessionsById.get(mark.getGroupSessionId());
            byGroup.computeIfAbsent(session.getGroupId(), id -> new TreeMap<>()).put(session.getHeldOn(), mark.isAttended());
        }
        groups.findByMember(staffId).forEach(g -> byGroup.putIfAbsent(g.getId(), new TreeMap<>()));
        List<GroupAttendance> answer = new ArrayList<>();
        byGroup.forEach((groupId, days) -> answer.add(GroupAttendance.of(groups.findById(groupId).orElseThrow(), days)));
        return answer;
    }

    @Operation(summary = "What group sessions recorded for this member's own supervision record and learning needs;"
            + " readable by the member and their supervisor only")
    @GetMapping("/api/staff/{staffId}/group-session-items")
    List<OwnRecordItems> ownRecordItems(@PathVariable @StaffId String staffId, Principal user) {
        ownRecordAccess.check(user.getName(), staffId, "group session items for their own record");
        List<GroupSessionMember> attended = members.findByStaffIdOrderByIdAsc(staffId).stream()
                .filter(GroupSessionMember::isAttended).toList();
        Map<Long, GroupSession> sessionsById = sessionsOf(attended);
        return attended.stream().map(mark -> {
            GroupSession session = sessionsById.get(mark.getGroupSessionId());
            String name = groups.findById(session.getGroupId()).map(SupervisionGroup::getName).orElse(null);
            return new OwnRecordItems(session.getGroupId(), name, session.getHeldOn(), mark.getOwnRecordItems(),
                    mark.getLearningNeeds(), mark.getRecordedBy(), mark.getRecordedAt());
        }).toList();
    }

    private Map<Long, GroupSession> sessionsOf(List<GroupSessionMember> marks) {
        return sessions.findByIdIn(marks.stream().map(GroupSessionMember::getGroupSessionId).toList()).stream()
                .collect(Collectors.toMap(GroupSession::getId, Function.identity()));
    }
}
