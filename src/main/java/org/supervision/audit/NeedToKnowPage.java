package org.supervision.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.supervision.security.Roles;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkspacePage;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * "Need-to-know access": a director's grants to read one person's supervision records, the
 * current and the ended ones, a form to make one and a button to end one early. The checks
 * are {@link NeedToKnowGrants}', as for the API; a refused form stores nothing and says
 * which field is wrong, by its label.
 */
@WorkspacePage
class NeedToKnowPage {

    /** The form's fields by their labels, in the order they are on the page. */
    static final Map<String, String> LABELS = labels();

    static final Map<RecordAccessGrant.ReasonCategory, String> GROUNDS = grounds();

    record Row(long id, String staffName, String grounds, String reason, Instant grantedAt, Instant until) {
    }

    record Problem(String field, String message) {
    }

    record Choice(String id, String name) {
    }

    private final NeedToKnowGrants grants;
    private final StaffMemberRepository staff;
    private final Roles roles;
    private final SupervisionClock clock;

    NeedToKnowPage(NeedToKnowGrants grants, StaffMemberRepository staff, Roles roles, SupervisionClock clock) {
        this.grants = grants;
        this.staff = staff;
        this.roles = roles;
        this.clock = clock;
    }

    @GetMapping("/need-to-know")
    String page(Principal user, Model model, HttpServletResponse response) {
        if (!roles.isDirector(user.getName())) {
            return refused(model, response);
        }
        Map<String, String> blank = new LinkedHashMap<>();
        LABELS.keySet().forEach(field -> blank.put(field, ""));
        blank.put("days", String.valueOf(NeedToKnowGrants.DEFAULT_DAYS));
        return show(user.getName(), model, blank, List.of());
    }

    @PostMapping("/need-to-know")
    String grant(@RequestParam(required = false) String staffId, @RequestParam(required = false) String reasonCategory,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String days,
                 Principal user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String director = user.getName();
        if (!roles.isDirector(director)) {
            return refused(model, response);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("staffId", staffId == null ? "" : staffId);
        form.put("reasonCategory", reasonCategory == null ? "" : reasonCategory);
        form.put("reason", reason == null ? "" : reason);
        form.put("days", days == null ? "" : days.strip());
        // every missing answer at once, as people fill a form; the service then checks the rest
        List<Problem> problems = missing(form);
        if (problems.isEmpty()) {
            try {
                RecordAccessGrant made = grants.grant(director, staffId, reasonCategory, reason,
                        Integer.valueOf(form.get("days")));
                redirect.addFlashAttribute("doneUntil", made.getExpiresAt());
                redirect.addFlashAttribute("doneName", name(made.getStaffId()));
                return "redirect:/need-to-know";
            } catch (TaskInputException refused) {
                problems = List.of(explain(refused));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(director, model, form, problems);
    }

    @PostMapping("/need-to-know/{grantId}/end")
    String end(@PathVariable long grantId, Principal user, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        if (!roles.isDirector(user.getName())) {
            return refused(model, response);
        }
        try {
            RecordAccessGrant ended = grants.endEarly(user.getName(), grantId);
            redirect.addFlashAttribute("endedName", name(ended.getStaffId()));
            return "redirect:/need-to-know";
        } catch (org.springframework.web.ErrorResponseException notTheirs) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("heading", "There is no such access");
            model.addAttribute("reason", "You have no need-to-know access with this number. Go back to your"
                    + " need-to-know access and choose one there.");
            return "workspace/refused";
        }
    }

    private String show(String director, Model model, Map<String, String> form, List<Problem> problems) {
        Instant now = clock.now();
        List<RecordAccessGrant> mine = grants.ofDirector(director);
        Map<String, String> names = names(mine.stream().map(RecordAccessGrant::getStaffId).collect(Collectors.toSet()));
        List<Row> rows = mine.stream().map(g -> new Row(g.getId(), names.get(g.getStaffId()),
                GROUNDS.get(g.getReasonCategory()), g.getReason(), g.getGrantedAt(), g.getExpiresAt())).toList();
        model.addAttribute("current", rows.stream().filter(r -> mine.stream()
                .anyMatch(g -> g.getId().equals(r.id()) && g.isValidAt(now))).toList());
        model.addAttribute("ended", rows.stream().filter(r -> mine.stream()
                .anyMatch(g -> g.getId().equals(r.id()) && !g.isValidAt(now))).toList());
        model.addAttribute("people", people(director));
        model.addAttribute("grounds", GROUNDS);
        model.addAttribute("labels", LABELS);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problemOf", problems.stream().collect(Collectors.toMap(Problem::field, Problem::message)));
        return "audit/need-to-know";
    }

    private static List<Problem> missing(Map<String, String> form) {
        List<Problem> problems = new ArrayList<>();
        if (form.get("staffId").isBlank()) {
            problems.add(new Problem("staffId", LABELS.get("staffId") + ": choose whose records you need to read"));
        }
        if (form.get("reasonCategory").isBlank()) {
            problems.add(new Problem("reasonCategory", LABELS.get("reasonCategory") + ": choose one"));
        }
        if (form.get("reason").isBlank()) {
            problems.add(new Problem("reason", LABELS.get("reason") + ": say why you need to read these records"));
        }
        if (!form.get("days").matches("\\d{1,3}")) {
            problems.add(new Problem("days", LABELS.get("days") + ": enter a whole number of days from 1 to "
                    + NeedToKnowGrants.MAX_DAYS));
        }
        return problems;
    }

    /** The service's refusal in the form's words: its label, and never a code. */
    private static Problem explain(TaskInputException refused) {
        String field = LABELS.containsKey(refused.getField()) ? refused.getField() : "reason";
        String label = LABELS.get(field);
        String problem = refused.getMessage().substring(refused.getField().length() + 2);
        return switch (field) {
            case "staffId" -> new Problem(field, label + ": choose someone from the list");
            case "reasonCategory" -> new Problem(field, label + ": choose one of the grounds listed");
            case "days" -> new Problem(field, label + ": enter a whole number of days from 1 to " + NeedToKnowGrants.MAX_DAYS);
            default -> new Problem(field, label + ": " + problem);
        };
    }

    /** Whom a director may choose: the staff in post today, by name, not themselves. */
    private List<Choice> people(String director) {
        return staff.findAll().stream().filter(m -> m.isActiveOn(clock.today()) && !m.getId().equals(director))
                .sorted(Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName))
                .map(m -> new Choice(m.getId(), m.getFullName())).toList();
    }

    private Map<String, String> names(Set<String> ids) {
        Map<String, String> names = staff.findAllById(ids).stream()
                .collect(Collectors.toMap(StaffMember::getId, StaffMember::getFullName));
        ids.forEach(id -> names.putIfAbsent(id, id));
        return names;
    }

    private String name(String staffId) {
        return staff.findById(staffId).map(StaffMember::getFullName).orElse(staffId);
    }

    private static String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("heading", "You cannot grant need-to-know access");
        model.addAttribute("reason", "Only a director can ask to read someone's supervision records, and only on a"
                + " need-to-know basis.");
        return "workspace/refused";
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("staffId", "Whose records");
        labels.put("reasonCategory", "Grounds");
        labels.put("reason", "Why you need to read them");
        labels.put("days", "For how many days");
        return labels;
    }

    private static Map<RecordAccessGrant.ReasonCategory, String> grounds() {
        Map<RecordAccessGrant.ReasonCategory, String> grounds = new LinkedHashMap<>();
        grounds.put(RecordAccessGrant.ReasonCategory.CONDUCT, "A conduct matter");
        grounds.put(RecordAccessGrant.ReasonCategory.RISK_TO_STAFF_OR_USERS, "A risk to staff or to people who use our services");
        grounds.put(RecordAccessGrant.ReasonCategory.LAW, "The law requires it");
        grounds.put(RecordAccessGrant.ReasonCategory.PUBLIC_INTEREST, "It is in the public interest");
        grounds.put(RecordAccessGrant.ReasonCategory.SUPERVISEE_CONSENT, "The staff member agreed to it");
        return grounds;
    }
}
