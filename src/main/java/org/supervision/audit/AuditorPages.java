package org.supervision.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.supervision.security.Roles;
import org.supervision.shared.StaffId;
import org.supervision.shared.UkDates;
import org.supervision.shared.WorkspacePage;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * The auditor's pages in the workspace: find a person, read their trail grouped by process,
 * export it, verify the audit log, and see the path a process took on its diagram. Only
 * auditors; everything is read through {@link AuditorReads}, as the API reads it, so every
 * trail opened, every export and every diagram is logged the same way.
 *
 * <p>The pages live under {@code /audit-trail} with the product's strict Content-Security-Policy;
 * only the diagram page is under {@code /audit/path}, where the policy lets the diagram viewer
 * set style attributes.
 */
@WorkspacePage
class AuditorPages {

    static final String SEARCH = "/audit-trail";

    private final AuditorReads reads;
    private final TrailGroups groups;
    private final AuditVerification verification;
    private final Roles roles;
    private final StaffMemberRepository staff;
    private final RepositoryService repository;
    private final UkDates dates;

    AuditorPages(AuditorReads reads, TrailGroups groups, AuditVerification verification, Roles roles,
                 StaffMemberRepository staff, RepositoryService repository, UkDates dates) {
        this.dates = dates;
        this.reads = reads;
        this.groups = groups;
        this.verification = verification;
        this.roles = roles;
        this.staff = staff;
        this.repository = repository;
    }

    /** The old static page's address, still in bookmarks and the documentation. */
    @GetMapping({"/audit", "/audit/", "/audit/index.html"})
    String oldPage() {
        return "redirect:" + SEARCH;
    }

    @GetMapping(SEARCH)
    String search(@RequestParam(required = false) String q, Principal user, Model model, HttpServletResponse response) {
        if (!roles.isAuditor(user.getName())) {
            return refused(model, response);
        }
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        if (text.length() > 100) {
            model.addAttribute("problem", "Name or login: enter 100 characters or fewer");
        } else if (q != null && text.isEmpty()) {
            model.addAttribute("problem", "Name or login: enter part of a name or a login");
        } else if (!text.isEmpty()) {
            model.addAttribute("found", reads.findStaff(text));
        }
        return "audit/trail-search";
    }

    @GetMapping(SEARCH + "/staff/{staffId}")
    String trail(@PathVariable String staffId, @RequestParam(required = false) String process,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String actor, Principal user, Model model, HttpServletResponse response) {
        if (!roles.isAuditor(user.getName())) {
            return refused(model, response);
        }
        Optional<StaffMember> subject = staffId.length() > StaffId.MAX_LENGTH ? Optional.empty() : staff.findById(staffId);
        if (subject.isEmpty()) {
            return notFound(model, response, "There is no such member of staff",
                    "Nobody in the staff directory has this login. Search for the person by name instead.");
        }
        Map<String, String> processes = processes();
        TrailFilter filter = new TrailFilter(process, from, to, actor, processes);
        model.addAttribute("person", subject.get());
        model.addAttribute("processes", processes);
        model.addAttribute("filter", Map.of("process", filter.process, "from", filter.fromText, "to", filter.toText,
                "actor", filter.actorText, "filtered", filter.filtered(), "valid", filter.valid()));
        model.addAttribute("problems", filter.problems);
        model.addAttribute("problemOf", filter.problems.stream()
                .collect(java.util.stream.Collectors.toMap(TrailFilter.Problem::field, TrailFilter.Problem::message, (a, b) -> a)));
        if (!filter.valid()) {
            // nothing is read, so nothing is logged, until the filters make sense
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "audit/trail";
        }
        String actorLogin = actorLogin(filter.actorText);
        AuditTrailQuery.Criteria criteria = reads.criteria(staffId, filter.process, null, filter.from, filter.to, actorLogin);
        List<TimelineEntry> entries = reads.trail(user.getName(), criteria, "trail");
        model.addAttribute("groups", groups.of(subject.get(), reads.instances(criteria), entries));
        model.addAttribute("exportQuery", filter.exportQuery(staffId, actorLogin));
        return "audit/trail";
    }

    @GetMapping(SEARCH + "/verification")
    String verify(Principal user, Model model, HttpServletResponse response) {
        if (!roles.isAuditor(user.getName())) {
            return refused(model, response);
        }
        model.addAttribute("result", verification.verify());
        return "audit/verification";
    }

    /** Under /audit/ for the diagram viewer's style attributes (see ContentSecurityPolicy). */
    @GetMapping("/audit/path/{processInstanceId}")
    String path(@PathVariable String processInstanceId, Principal user, Model model, HttpServletResponse response) {
        if (!roles.isAuditor(user.getName())) {
            return refused(model, response);
        }
        Optional<AuditorReads.InstanceView> instance = processInstanceId.length() > 64 ? Optional.empty()
                : reads.path(user.getName(), processInstanceId);
        if (instance.isEmpty()) {
            return notFound(model, response, "There is no such process",
                    "No process has this reference. Open the person's trail and choose “Show the path” there.");
        }
        model.addAttribute("path", PathPage.of(instance.get(), staff, groups, dates));
        return "audit/path";
    }

    /** The processes an auditor can filter by, under the names their diagrams give them. */
    private Map<String, String> processes() {
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            names.put(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName());
        }
        AuditTrailQuery.PROCESSES.forEach((choice, key) -> byKey.put(choice, names.getOrDefault(key, choice)));
        Map<String, String> byName = new LinkedHashMap<>();
        byKey.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        return byName;
    }

    /** "Who acted" takes a login or a full name, as the auditor knows the person; the trail records logins. */
    private String actorLogin(String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        return staff.findAll().stream().filter(member -> member.getFullName().equalsIgnoreCase(typed))
                .map(StaffMember::getId).findFirst().orElse(typed);
    }

    private static String notFound(Model model, HttpServletResponse response, String heading, String reason) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("heading", heading);
        model.addAttribute("reason", reason);
        return "workspace/refused";
    }

    private static String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("heading", "You cannot see the audit trail");
        model.addAttribute("reason", "Only auditors can read the audit trail of people's supervision."
                + " If you need to, ask an auditor.");
        return "workspace/refused";
    }
}
