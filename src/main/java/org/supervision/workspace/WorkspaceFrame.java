package org.supervision.workspace;

import java.security.Principal;
import org.supervision.shared.WorkspacePage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every workspace page's frame shows: the person, their homes, the policy's title. */
@ControllerAdvice(annotations = WorkspacePage.class)
class WorkspaceFrame {

    private final Viewers viewers;
    private final String policyTitle;
    private final String organisation;

    WorkspaceFrame(Viewers viewers, @Value("${supervision.workspace.policy-title}") String policyTitle,
                   @Value("${supervision.workspace.organisation}") String organisation) {
        this.viewers = viewers;
        this.policyTitle = policyTitle;
        this.organisation = organisation;
    }

    @ModelAttribute("viewer")
    Viewer viewer(Principal user) {
        return user == null ? null : viewers.of(user.getName());
    }

    /** The page's path, so that the menu marks the home the person is in. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("policyTitle")
    String policyTitle() {
        return policyTitle;
    }

    @ModelAttribute("organisation")
    String organisation() {
        return organisation;
    }

    /**
     * A page answered from an exception handler, with the frame's attributes: Spring does not
     * run the {@code @ModelAttribute} methods for those, and a refusal should still show who is
     * signed in and the way home.
     */
    ModelAndView errorPage(String view, HttpStatus status, Principal user, jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("viewer", viewer(user));
        page.addObject("currentPath", currentPath(request));
        page.addObject("policyTitle", policyTitle);
        page.addObject("organisation", organisation);
        return page;
    }
}
