package org.supervision.workspace;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.WorkspacePage;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionRelationship;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My teams", for a line manager of supervisors: how supervision goes in each team below
 * them. The rows are the ones "My supervisees" shows, built once for all the teams.
 */
@WorkspacePage
class TeamsPage {

    /** One supervisor who reports to the viewer, with their supervisees' rows. */
    record Team(String supervisorName, List<SuperviseeRow> rows) {

        public long overdue() {
            return rows.stream().filter(SuperviseeRow::overdue).count();
        }

        public long withEscalations() {
            return rows.stream().filter(row -> !row.escalations().isEmpty()).count();
        }
    }

    private final StaffMemberRepository staff;
    private final SupervisionRelationshipRepository relationships;
    private final SuperviseeRows rows;
    private final SupervisionClock clock;

    TeamsPage(StaffMemberRepository staff, SupervisionRelationshipRepository relationships, SuperviseeRows rows,
              SupervisionClock clock) {
        this.staff = staff;
        this.relationships = relationships;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/teams")
    String teams(Principal user, Model model) {
        LocalDate today = clock.today();
        List<StaffMember> reports = staff.findByLineManagerId(user.getName()).stream()
                .filter(member -> member.isActiveOn(today))
                .sorted(Comparator.comparing(StaffMember::getLastName)).toList();
        Map<String, List<String>> superviseesOf = relationships.findBySupervisorIdIn(
                        reports.stream().map(StaffMember::getId).toList()).stream()
                .filter(r -> r.isValidOn(today))
                .collect(Collectors.groupingBy(SupervisionRelationship::getSupervisorId,
                        Collectors.mapping(SupervisionRelationship::getSuperviseeId, Collectors.toList())));
        Set<String> everyone = superviseesOf.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<StaffMember> supervisees = staff.findAllById(everyone).stream().filter(m -> m.isActiveOn(today)).toList();
        SuperviseeRows.Overview overview = rows.of(user.getName(), supervisees, "My teams");

        List<Team> teams = reports.stream().filter(report -> superviseesOf.containsKey(report.getId()))
                .map(report -> new Team(report.getFullName(), overview.rows().stream()
                        .filter(row -> superviseesOf.get(report.getId()).contains(row.staffId())).toList()))
                .toList();
        model.addAttribute("teams", teams);
        model.addAttribute("overview", overview);
        return "workspace/teams";
    }
}
