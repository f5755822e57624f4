package org.supervision.workspace;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.WorkspacePage;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionRelationship;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My supervisees": everyone the person supervises today, with what needs their attention,
 * the sessions booked in the next two weeks, and the tasks waiting for them.
 */
@WorkspacePage
class SupervisorHomePage {

    private final SupervisionRelationshipRepository relationships;
    private final StaffMemberRepository staff;
    private final SuperviseeRows rows;
    private final WaitingTasks waiting;
    private final SupervisionClock clock;

    SupervisorHomePage(SupervisionRelationshipRepository relationships, StaffMemberRepository staff, SuperviseeRows rows,
                       WaitingTasks waiting, SupervisionClock clock) {
        this.relationships = relationships;
        this.staff = staff;
        this.rows = rows;
        this.waiting = waiting;
        this.clock = clock;
    }

    @GetMapping("/supervisees")
    String supervisees(Principal user, Model model) {
        SuperviseeRows.Overview overview = rows.of(user.getName(), currentSupervisees(user.getName()), "My supervisees");
        model.addAttribute("overview", overview);
        model.addAttribute("diaryDays", SuperviseeRows.DIARY_DAYS);
        model.addAttribute("tasks", waiting.of(user.getName()));
        return "workspace/supervisees";
    }

    /** The people this person supervises today, in any type of supervision, still employed. */
    List<StaffMember> currentSupervisees(String supervisorId) {
        LocalDate today = clock.today();
        List<String> ids = relationships.findBySupervisorId(supervisorId).stream().filter(r -> r.isValidOn(today))
                .map(SupervisionRelationship::getSuperviseeId).distinct().toList();
        return staff.findAllById(ids).stream().filter(member -> member.isActiveOn(today)).toList();
    }
}
