package org.supervision.handover;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.supervision.shared.WorkspacePage;

/**
 * The senior manager's view of their supervisors' open tasks ({@code /teams/tasks}) and the
 * small form that hands one to another supervisor in their line, with a reason. The checks
 * are {@link TaskHandover}'s, as for the API; a refused form changes nothing and says which
 * field is wrong, by its label.
 */
@WorkspacePage
class HandoverPage {

    static final Map<String, String> LABELS = Map.of("to", "Hand this task to", "reason", "Reason");

    record Problem(String field, String message) {
    }

    private final TaskHandover handover;

    HandoverPage(TaskHandover handover) {
        this.handover = handover;
    }

    @GetMapping("/teams/tasks")
    String list(Principal user, Model model) {
        model.addAttribute("tasks", handover.tasksInLine(user.getName()));
        return "handover/tasks";
    }

    @GetMapping("/teams/tasks/{taskId}")
    String form(@PathVariable String taskId, Principal user, Model model, HttpServletResponse response) {
        try {
            return show(user.getName(), handover.task(user.getName(), taskId), Map.of("to", "", "reason", ""), List.of(), model);
        } catch (HandoverRefused refused) {
            return refused(refused, model, response);
        }
    }

    @PostMapping("/teams/tasks/{taskId}")
    String handOver(@PathVariable String taskId, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String reason, Principal user, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        String manager = user.getName();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("to", to == null ? "" : to);
        form.put("reason", reason == null ? "" : reason);
        try {
            TaskHandover.LineTask task = handover.task(manager, taskId);
            List<Problem> missing = missing(form);
            if (!missing.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return show(manager, task, form, missing, model);
            }
            try {
                TaskHandover.HandedOver done = handover.handOver(manager, taskId, to, reason);
                redirect.addFlashAttribute("done", "\u201c" + done.taskName() + "\u201d is now " + done.toName()
                        + "'s; " + done.fromName() + " no longer has it.");
                return "redirect:/teams/tasks";
            } catch (HandoverRefused refused) {
                if (refused.kind() != HandoverRefused.Kind.BAD_INPUT) {
                    throw refused;
                }
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return show(manager, task, form, List.of(new Problem(refused.field(), refused.getMessage())), model);
            }
        } catch (HandoverRefused refused) {
            return refused(refused, model, response);
        }
    }

    /** Every missing answer at once, as people fill a form; the service then checks the rest. */
    private static List<Problem> missing(Map<String, String> form) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (form.get("to").isBlank()) {
            problems.add(new Problem("to", "Hand this task to: choose a supervisor"));
        }
        if (form.get("reason").isBlank()) {
            problems.add(new Problem("reason", "Reason: say why you are handing this task on"));
        }
        return problems;
    }

    private String show(String manager, TaskHandover.LineTask task, Map<String, String> form, List<Problem> problems,
                        Model model) {
        model.addAttribute("task", task);
        model.addAttribute("supervisors", handover.candidates(manager, task.assigneeId()));
        model.addAttribute("labels", LABELS);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        Map<String, String> problemOf = new LinkedHashMap<>();
        problems.forEach(problem -> problemOf.putIfAbsent(problem.field(), problem.message()));
        model.addAttribute("problemOf", problemOf);
        model.addAttribute("maxReason", TaskHandover.MAX_REASON);
        return "handover/hand-over";
    }

    private static String refused(HandoverRefused refused, Model model, HttpServletResponse response) {
        boolean missing = refused.kind() == HandoverRefused.Kind.NO_TASK;
        response.setStatus(missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("heading", missing ? "There is no such open task" : "You cannot hand this task on");
        model.addAttribute("reason", missing ? "The task may have been done or handed on already. Go back to your"
                + " supervisors' tasks and choose one there." : refused.getMessage() + ".");
        return "workspace/refused";
    }
}
