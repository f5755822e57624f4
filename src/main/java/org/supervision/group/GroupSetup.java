package org.supervision.group;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.engine.AsSystem;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * Sets a group up from a manager's or supervisor's request and starts its
 * {@code group-supervision} process. Every field is checked first, so a refused request
 * stores nothing.
 */
@Component
class GroupSetup {

    static final String PROCESS = "group-supervision";
    static final String GROUP_ID = "groupId";

    /** The request as the API receives it; names as the API documents them. */
    record Request(String name, String kind, String meets, String facilitatorId, List<String> memberIds,
                   String firstSessionOn) {
    }

    private final SupervisionGroupRepository groups;
    private final StaffMemberRepository staff;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final SupervisionClock clock;

    GroupSetup(SupervisionGroupRepository groups, StaffMemberRepository staff, RuntimeService runtime,
               IdentityService identity, SupervisionClock clock) {
        this.groups = groups;
        this.staff = staff;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    SupervisionGroup setUp(Request request, String userId) {
        String name = text("name", request.name(), 200);
        GroupKind kind = choice("kind", request.kind(), GroupKind.class);
        GroupMeets meets = choice("meets", request.meets(), GroupMeets.class);
        String facilitator = activePerson("facilitatorId", request.facilitatorId());
        if (request.memberIds() == null || request.memberIds().isEmpty()) {
            throw new TaskInputException("memberIds", "name at least one member of the group");
        }
        Set<String> members = new LinkedHashSet<>();
        for (String member : request.memberIds()) {
            String id = activePerson("memberIds", member);
            if (id.equals(facilitator)) {
                throw new TaskInputException("memberIds", "the facilitator " + id + " runs the group and is not"
                        + " also one of its members");
            }
            members.add(id);
        }
        LocalDate first = firstSession(request.firstSessionOn());
        SupervisionGroup group = groups.save(new SupervisionGroup(name, kind, meets, facilitator, first, members,
                userId, clock.now()));
        String instance = AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(PROCESS)
                .businessKey("group-" + group.getId()).setVariable(GROUP_ID, group.getId()).execute().getId());
        group.startedAs(instance);
        return group;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new TaskInputException(field, "is required");
        }
        if (value.strip().length() > max) {
            throw new TaskInputException(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (value == null || value.isBlank()) {
            throw new TaskInputException(field, "is required: one of " + String.join(", ", allowed));
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(field, "'" + value + "' is not one of " + String.join(", ", allowed));
        }
    }

    private String activePerson(String field, String staffId) {
        if (staffId == null || staffId.isBlank()) {
            throw new TaskInputException(field, "is required: a staff id from the directory");
        }
        StaffMember member = staff.findById(staffId.strip()).orElseThrow(() ->
                new TaskInputException(field, "nobody in the staff directory has the id '" + staffId + "'"));
        if (!member.isActiveOn(clock.today())) {
            throw new TaskInputException(field, member.getFullName() + " (" + member.getId()
                    + ") has left and cannot take part in a group");
        }
        return member.getId();
    }

    private LocalDate firstSession(String text) {
        if (text == null || text.isBlank()) {
            throw new TaskInputException("firstSessionOn", "is required: the day the first session is due (yyyy-mm-dd)");
        }
        LocalDate day = FormInput.parseDay(text.strip()).orElseThrow(() ->
                new TaskInputException("firstSessionOn", FormInput.notADate(text)));
        DateWindow window = DateWindow.ahead(clock.today());
        window.problem(day).ifPresent(problem -> {
            throw new TaskInputException("firstSessionOn", problem);
        });
        return day;
    }
}
