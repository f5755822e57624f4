package org.supervision.inspection;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.WorkspacePage;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * The workspace's page for the inspection evidence pack: choose a service and a period,
 * download the ZIP. Line managers see their own service and those within it; HR, directors
 * and auditors every manager's.
 */
@WorkspacePage
class InspectionPackPage {

    private final InspectionPack packs;
    private final ServiceScope scope;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;

    InspectionPackPage(InspectionPack packs, ServiceScope scope, StaffMemberRepository staff, SupervisionClock clock) {
        this.packs = packs;
        this.scope = scope;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/inspection-pack")
    String form(Principal user, Model model, HttpServletResponse response) {
        LocalDate today = clock.today();
        List<StaffMember> managers = scope.managersFor(user.getName(), today);
        if (managers.isEmpty()) {
            return refused(model, response);
        }
        // the last twelve months, the period an inspection usually asks about first
        return show(model, managers, managers.stream().anyMatch(m -> m.getId().equals(user.getName())) ? user.getName() : "",
                DayMonthYear.of(today.minusYears(1).plusDays(1)), DayMonthYear.of(today), Map.of());
    }

    @GetMapping("/inspection-pack/download")
    Object download(@RequestParam Map<String, String> form, Principal user, Model model, HttpServletResponse response) {
        List<StaffMember> managers = scope.managersFor(user.getName(), clock.today());
        if (managers.isEmpty()) {
            return refused(model, response);
        }
        String service = form.getOrDefault("service", "").trim();
        DayMonthYear from = DayMonthYear.of(form, "from");
        DayMonthYear to = DayMonthYear.of(form, "to");
        Map<String, String> problems = new LinkedHashMap<>();
        dateProblem(from, "first", problems, "from");
        dateProblem(to, "last", problems, "to");
        StaffMember manager = service.isEmpty() ? null : staff.findById(service).orElse(null);
        PackRequest request = PackRequest.check(service, manager, from.date().orElse(null), to.date().orElse(null));
        request.problems().forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, managers, service, from, to, problems);
        }
        if (!scope.mayProduceFor(user.getName(), service)) {
            return refused(model, response);
        }
        InspectionPack.Download download = packs.produce(user.getName(), manager, request.from(), request.to());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(download.zip());
    }

    private static void dateProblem(DayMonthYear date, String which, Map<String, String> problems, String field) {
        if (date.blank()) {
            problems.put(field, "Enter the " + which + " day of the period");
        } else if (date.date().isEmpty()) {
            problems.put(field, "The " + which + " day of the period must be a real date, for example 1 4 2026");
        }
    }

    private static String show(Model model, List<StaffMember> managers, String service, DayMonthYear from, DayMonthYear to,
                               Map<String, String> problems) {
        model.addAttribute("managers", managers);
        model.addAttribute("service", service);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("problems", problems);
        return "inspection/pack";
    }

    private static String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("heading", "You cannot produce an inspection pack");
        model.addAttribute("reason", "An inspection pack is for line managers (for their own service), HR, directors and"
                + " auditors. If you need one, ask your line manager or HR.");
        return "workspace/refused";
    }
}
