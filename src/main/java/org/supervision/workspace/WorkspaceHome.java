package org.supervision.workspace;

import java.security.Principal;
import org.supervision.shared.WorkspacePage;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: every person lands on the home of their most demanding role. */
@WorkspacePage
class WorkspaceHome {

    private final Viewers viewers;

    WorkspaceHome(Viewers viewers) {
        this.viewers = viewers;
    }

    @GetMapping("/")
    String landing(Principal user) {
        return "redirect:" + viewers.of(user.getName()).landing().path();
    }
}
