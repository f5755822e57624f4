package org.supervision.workspace;

import org.supervision.security.SessionTimeouts;
import org.supervision.security.SignInOptions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.supervision.shared.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, in the workspace's style (Spring Security handles the form's POST and the
 * identity providers' sign-in), and the page saying why single sign-on was refused.
 */
@WorkspacePage
class LoginPage {

    private final SessionTimeouts timeouts;
    private final SignInOptions options;

    LoginPage(SessionTimeouts timeouts, SignInOptions options) {
        this.timeouts = timeouts;
        this.options = options;
    }

    @GetMapping("/login")
    String login(Model model) {
        // why a person was signed out, if a time-out sent them here
        model.addAttribute("idleLimit", SessionTimeouts.inWords(timeouts.settings().idle()));
        model.addAttribute("absoluteLimit", SessionTimeouts.inWords(timeouts.settings().absolute()));
        model.addAttribute("passwordLogin", options.passwordLogin());
        model.addAttribute("providers", options.providers());
        return "workspace/login";
    }

    /** A person the identity provider signed in, whom this product refuses: why, in plain words. */
    @GetMapping("/sign-in-refused")
    ModelAndView refused(@RequestParam(defaultValue = "failed") String reason) {
        ModelAndView page = new ModelAndView("workspace/sign-in-refused", HttpStatus.FORBIDDEN);
        page.addObject("reason", switch (reason) {
            case "unknown", "left" -> reason;
            default -> "failed";
        });
        page.addObject("providers", options.providers());
        return page;
    }
}
