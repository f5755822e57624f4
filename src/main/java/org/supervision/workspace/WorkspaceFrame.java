package org.supervision.workspace;

import java.security.Principal;
import org.supervision.shared.WorkspacePage;
import org.springframework.beans.factory.annotation.Value;
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
}
