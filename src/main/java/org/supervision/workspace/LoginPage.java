package org.supervision.workspace;

import org.supervision.security.SessionTimeouts;
import org.supervision.shared.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, in the workspace's style (Spring Security handles the form's POST). */
@WorkspacePage
class LoginPage {

    private final SessionTimeouts timeouts;

    LoginPage(SessionTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @GetMapping("/login")
    String login(Model model) {
        // why a person was signed out, if a time-out sent them here
        model.addAttribute("idleLimit", SessionTimeouts.inWords(timeouts.settings().idle()));
        model.addAttribute("absoluteLimit", SessionTimeouts.inWords(timeouts.settings().absolute()));
        return "workspace/login";
    }
}
