package org.supervision.conflict;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.supervision.shared.WorkspacePage;

/**
 * HR's pages for escalated conflicts: the queue of cases that reached HR, and each case with
 * its full history. The same rules as the conflict API: only HR, and a case only once it
 * reached HR ({@link ConflictAccess}, which logs each opening, refusals included).
 */
@WorkspacePage
class HrConflictPages {

    private final HrConflictViews views;
    private final ConflictCaseRepository cases;
    private final ConflictAccess access;

    HrConflictPages(HrConflictViews views, ConflictCaseRepository cases, ConflictAccess access) {
        this.views = views;
        this.cases = cases;
        this.access = access;
    }

    @GetMapping("/hr/conflicts")
    String queue(Principal user, Model model, HttpServletResponse response) {
        if (!access.isHr(user.getName())) {
            return refused(model, response);
        }
        HrConflictViews.Queue queue = views.queue();
        model.addAttribute("waiting", queue.waiting());
        model.addAttribute("decided", queue.decided());
        return "conflict/hr-queue";
    }

    @GetMapping("/hr/conflicts/{caseId}")
    String conflictCase(@PathVariable long caseId, Principal user, Model model, HttpServletResponse response) {
        if (!access.isHr(user.getName())) {
            return refused(model, response);
        }
        ConflictCase conflictCase = cases.findById(caseId).orElse(null);
        if (conflictCase == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("heading", "There is no such case");
            model.addAttribute("reason", "No conflict case has this number. Go back to the escalated conflicts and choose one there.");
            return "workspace/refused";
        }
        try {
            access.check(user.getName(), conflictCase, "read");
        } catch (ErrorResponseException notYetAtHr) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("heading", "This case has not reached HR");
            model.addAttribute("reason", "HR can read a conflict case only once it has been escalated to HR."
                    + " Until then it stays between the supervisee, the supervisor and, at the three-way discussion,"
                    + " the line manager.");
            return "workspace/refused";
        }
        model.addAttribute("file", views.caseFile(conflictCase));
        return "conflict/hr-case";
    }

    private static String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("heading", "You cannot see escalated conflicts");
        model.addAttribute("reason", "Only HR can see supervision conflicts that have been escalated to HR."
                + " If you need to, ask your HR team.");
        return "workspace/refused";
    }
}
