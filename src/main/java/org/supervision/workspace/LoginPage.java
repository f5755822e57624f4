package org.supervision.workspace;

import org.supervision.shared.WorkspacePage;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, in the workspace's style (Spring Security handles the form's POST). */
@WorkspacePage
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "workspace/login";
    }
}
