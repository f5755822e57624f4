package org.supervision.group;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * Process glue of {@code group-supervision}: plans each session, and stores what each form
 * holds in {@link GroupSession} and {@link GroupSessionMember}, taking it out of the process
 * again, so that the engine keeps only the group's and the session's ids.
 */
@Component("groupSteps")
public class GroupSteps {

    static final String GROUP_SESSION_ID = "groupSessionId";
    static final String MEMBER_ID = "groupMemberId";

    private final SupervisionGroupRepository groups;
    private final GroupSessionRepository sessions;
    private final GroupSessionMemberRepository members;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;
    private final UkDates dates;
    private final GroupInvitations invitations;

    GroupSteps(SupervisionGroupRepository groups, GroupSessionRepository sessions, GroupSessionMemberRepository members,
               StaffMemberRepository staff, SupervisionClock clock, UkDates dates, GroupInvitations invitations) {
        this.groups = groups;
        this.sessions = sessions;
        this.members = members;
        this.staff = staff;
        this.clock = clock;
        this.dates = dates;
        this.invitations = invitations;
    }

    /**
     * The next session: the first on the day the group was set up to start, each later one
     * the group's interval after the last one held (never before today).
     */
    public void planNext(DelegateExecution execution) {
        SupervisionGroup group = groupOf(execution);
        LocalDate due = sessions.findFirstByGroupIdAndHeldOnNotNullOrderByHeldOnDesc(group.getId())
                .map(last -> last.getHeldOn().plusDays(group.getMeets().days()))
                .orElse(group.getFirstSessionOn());
        if (due.isBefore(clock.today())) {
            due = clock.today();
        }
        execution.setVariable(GROUP_SESSION_ID, sessions.save(new GroupSession(group.getId(), due)).getId());
    }

    public String facilitatorOf(Object groupId) {
        return find(groups, groupId).getFacilitatorId();
    }

    /** The members still with the organisation when the session was held: one attendance task each. */
    public List<String> membersOf(Object groupId) {
        LocalDate today = clock.today();
        return find(groups, groupId).getMemberIds().stream().filter(member -> active(member, today)).sorted().toList();
    }

    /** A group goes on while its facilitator and at least one member are still with the organisation. */
    public boolean running(Object groupId) {
        SupervisionGroup group = find(groups, groupId);
        LocalDate today = clock.today();
        return active(group.getFacilitatorId(), today)
                && group.getMemberIds().stream().anyMatch(member -> active(member, today));
    }

    public void showBooking(DelegateTask task) {
        SupervisionGroup group = groupOf(task);
        about(task, group.getName());
        GroupSession session = sessionOf(task);
        task.setVariablesLocal(Map.of("groupName", group.describe(), "dueOn", DateWindow.uk(session.getDueOn()),
                "lastSessionOn", sessions.findFirstByGroupIdAndHeldOnNotNullOrderByHeldOnDesc(group.getId())
                        .map(last -> DateWindow.uk(last.getHeldOn())).orElse("None yet: this is the first session"),
                "groupMembers", names(group.getMemberIds())));
    }

    public void book(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate date = form.requiredDate("sessionDate", DateWindow.ahead(clock.today()));
        LocalTime time = form.requiredTime("sessionTime");
        String place = form.requiredText("place");
        GroupSession session = sessionOf(task);
        session.book(date.atTime(time).atZone(clock.zone()).toInstant(), place);
        invitations.booked(groupOf(task), session);
        form.discard("sessionDate", "sessionTime", "place", "groupName", "dueOn", "lastSessionOn", "groupMembers");
    }

    public void showRecording(DelegateTask task) {
        SupervisionGroup group = groupOf(task);
        about(task, group.getName());
        task.setVariablesLocal(Map.of("groupName", group.describe(),
                "bookedFor", dates.dateTime(sessionOf(task).getBookedAt()), "groupMembers", names(group.getMemberIds())));
    }

    public void record(DelegateTask task) {
        FormInput form = FormInput.of(task);
        GroupSession session = sessionOf(task);
        LocalDate heldOn = form.requiredDate("heldOn", DateWindow.behind(clock.today()));
        session.record(heldOn, form.requiredText("themesDiscussed"), form.requiredText("sharedLearning"),
                form.optionalText("groupActions"), task.getAssignee(), clock.now());
        form.discard("heldOn", "themesDiscussed", "sharedLearning", "groupActions", "groupName", "bookedFor",
                "groupMembers");
    }

    public void showMember(DelegateTask task) {
        String member = names(List.of(memberOf(task)));
        about(task, member + ", " + groupOf(task).getName());
        task.setVariablesLocal(Map.of("groupName", groupOf(task).describe(),
                "heldOnShown", DateWindow.uk(sessionOf(task).getHeldOn()), "memberName", member));
    }

    /**
     * Names what the task is about in its name, as other tasks name their person: a group's
     * tasks have no one person, and a facilitator's list would otherwise show one line per
     * member under the same name.
     */
    private static void about(DelegateTask task, String what) {
        task.setName(task.getName() + " – " + what);
    }

    public void recordMember(DelegateTask task) {
        FormInput form = FormInput.of(task);
        boolean attended = form.requiredBoolean("memberAttended");
        String items = form.optionalText("ownRecordItems");
        String needs = form.optionalText("learningNeeds");
        if (!attended && (items != null || needs != null)) {
            throw new TaskInputException(items != null ? "ownRecordItems" : "learningNeeds",
                    "leave it empty for a member who did not attend");
        }
        GroupSession session = sessionOf(task);
        String member = memberOf(task);
        if (!members.existsByGroupSessionIdAndStaffId(session.getId(), member)) {
            members.save(new GroupSessionMember(session.getId(), member, attended, items, needs, task.getAssignee(),
                    clock.now()));
        }
        form.discard("memberAttended", "ownRecordItems", "learningNeeds", "groupName", "heldOnShown", "memberName");
    }

    private boolean active(String staffId, LocalDate today) {
        return staff.findById(staffId).map(member -> member.isActiveOn(today)).orElse(false);
    }

    private String names(java.util.Collection<String> staffIds) {
        // by surname, as a register is read
        return staffIds.stream().map(id -> staff.findById(id).orElse(null)).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName))
                .map(StaffMember::getFullName).collect(Collectors.joining("\n"));
    }

    private String memberOf(VariableScope scope) {
        return (String) scope.getVariable(MEMBER_ID);
    }

    private SupervisionGroup groupOf(VariableScope scope) {
        return find(groups, scope.getVariable(GroupSetup.GROUP_ID));
    }

    private GroupSession sessionOf(VariableScope scope) {
        long id = ((Number) scope.getVariable(GROUP_SESSION_ID)).longValue();
        return sessions.findById(id).orElseThrow(() -> new IllegalStateException("No group session " + id));
    }

    static SupervisionGroup find(SupervisionGroupRepository groups, Object id) {
        long groupId = ((Number) id).longValue();
        return groups.findById(groupId).orElseThrow(() -> new IllegalStateException("No supervision group " + groupId));
    }
}
