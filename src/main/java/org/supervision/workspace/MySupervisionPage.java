package org.supervision.workspace;

import java.security.Principal;
import org.supervision.shared.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My supervision": the supervisee's home. Their agreement in force, their sessions and
 * records, what waits for them, their learning plan and CPD, and where to raise a concern.
 * Anyone may open their own: every member of staff is somebody's supervisee.
 */
@WorkspacePage
class MySupervisionPage {

    private final MySupervision mine;
    private final WaitingTasks waiting;
    private final ObservationList observations;

    MySupervisionPage(MySupervision mine, WaitingTasks waiting, ObservationList observations) {
        this.observations = observations;
        this.mine = mine;
        this.waiting = waiting;
    }

    @GetMapping("/my-supervision")
    String home(Principal user, Model model) {
        model.addAttribute("home", mine.of(user.getName()));
        model.addAttribute("tasks", waiting.of(user.getName()));
        model.addAttribute("observations", observations.of(user.getName(), user.getName()).orElse(null));
        return "workspace/my-supervision";
    }
}
