package org.supervision.workspace;

import java.security.Principal;
import org.supervision.shared.WorkspacePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Waiting for me": every task the person can act on, overdue first. */
@WorkspacePage
class TaskListPage {

    private final WaitingTasks waiting;

    TaskListPage(WaitingTasks waiting) {
        this.waiting = waiting;
    }

    @GetMapping("/tasks")
    String tasks(Principal user, Model model) {
        model.addAttribute("tasks", waiting.of(user.getName()));
        return "workspace/tasks";
    }
}
