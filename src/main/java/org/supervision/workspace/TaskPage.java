package org.supervision.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.supervision.shared.UkDates;
import org.supervision.shared.WorkspacePage;

/**
 * {@code /tasks/{taskId}}: one task, for the person who may act on it. What it is and whom it
 * concerns, what they need to read first, then the task's own Camunda Form in GOV.UK
 * components. Submitting checks the form's rules here, then completes the task through the
 * engine as the person, where the product's own checks apply too.
 */
@WorkspacePage
class TaskPage {

    private final WaitingTasks waiting;
    private final EngineForms engine;
    private final TaskContext context;
    private final UkDates dates;

    TaskPage(WaitingTasks waiting, EngineForms engine, TaskContext context, UkDates dates) {
        this.waiting = waiting;
        this.engine = engine;
        this.context = context;
        this.dates = dates;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Principal user, Model model, HttpServletResponse response) {
        Optional<Opened> opened = open(user.getName(), taskId);
        if (opened.isEmpty()) {
            return notOpen(user.getName(), taskId, false, model, response);
        }
        Opened task = opened.get();
        if (task.form == null) {
            return noForm(task, model);
        }
        return render(task, FormView.typedFrom(task.form, task.variables), null, new LinkedHashMap<>(), null, model);
    }

    @PostMapping("/tasks/{taskId}")
    String submit(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> parameters, Principal user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Opened> opened = open(user.getName(), taskId);
        if (opened.isEmpty()) {
            // done by someone else (or in another tab) between showing the form and submitting it
            return notOpen(user.getName(), taskId, true, model, response);
        }
        Opened task = opened.get();
        if (task.form == null) {
            return noForm(task, model);
        }
        Map<String, String> typed = FormPageModel.typed(parameters);
        FormValidation.Result checked = FormValidation.check(task.form, typed, task.variables);
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        if (!checked.valid()) {
            return render(task, typed, checked.values(), errors, null, model);
        }
        FormOutcome outcome = engine.submitTask(user.getName(), taskId, checked.values());
        if (outcome instanceof FormOutcome.Done) {
            redirect.addFlashAttribute("done", "Done: " + task.about.title());
            return "redirect:/tasks";
        }
        if (outcome instanceof FormOutcome.Refused refused) {
            String problem = FormPageModel.pageProblem(task.form, refused, errors);
            return render(task, typed, checked.values(), errors, problem, model);
        }
        if (outcome instanceof FormOutcome.Conflict conflict) {
            return problem(response, HttpServletResponse.SC_CONFLICT, model,
                    "This task has moved on", conflict.message());
        }
        if (outcome instanceof FormOutcome.Forbidden forbidden) {
            return problem(response, HttpServletResponse.SC_FORBIDDEN, model,
                    "You cannot do this task", forbidden.message());
        }
        return render(task, typed, checked.values(), errors, FormPageModel.FAILED, model);
    }

    /** A task the person may act on, with its form and the values it shows. */
    private record Opened(String userId, WaitingTask about, Task task, FormDefinition form, Map<String, Object> variables) {
    }

    private Optional<Opened> open(String userId, String taskId) {
        return waiting.one(userId, taskId).map(about -> {
            Task task = engine.task(taskId);
            FormDefinition form = engine.taskForm(userId, taskId).orElse(null);
            Map<String, Object> variables = form == null ? Map.of() : engine.taskVariables(userId, taskId);
            return new Opened(userId, about, task, form, variables);
        });
    }

    private String render(Opened task, Map<String, String> typed, Map<String, ?> answers, Map<String, String> errors,
                          String pageProblem, Model model) {
        Optional<TaskContext.View> shown = context.of(task.userId, task.form.id(), task.task.getId());
        boolean readOnlyFields = shown.map(view -> !view.replacesReadOnlyFields()).orElse(true);
        FormPageModel.fill(model, task.form, typed, task.variables, answers, errors, pageProblem, task.about.title(),
                readOnlyFields, dates);
        model.addAttribute("task", task.about);
        model.addAttribute("context", shown.orElse(null));
        model.addAttribute("action", "/tasks/" + task.task.getId());
        model.addAttribute("button", "Complete task");
        return "workspace/task";
    }

    private String noForm(Opened task, Model model) {
        model.addAttribute("heading", task.about.title());
        model.addAttribute("message", "This task has no form the workspace can show. Open it in Tasklist to do it.");
        model.addAttribute("tasklist", true);
        return "workspace/problem";
    }

    /** Not theirs, done already, or never there: each said plainly, with the status a browser expects. */
    private String notOpen(String userId, String taskId, boolean submitted, Model model, HttpServletResponse response) {
        if (engine.task(taskId) != null) {
            return problem(response, HttpServletResponse.SC_FORBIDDEN, model, "This task is not yours",
                    "It is assigned to someone else, or offered to a group you are not in. Only they can do it.");
        }
        Optional<String> done = engine.completedBy(userId, taskId);
        if (done.isPresent()) {
            return problem(response, HttpServletResponse.SC_CONFLICT, model, "This task has already been done",
                    done.get() + "." + (submitted ? " What you entered has not been saved." : ""));
        }
        return problem(response, HttpServletResponse.SC_NOT_FOUND, model, "There is no such task",
                "There is no open task at this address. The link may be wrong or out of date.");
    }

    static String problem(HttpServletResponse response, int status, Model model, String heading, String message) {
        response.setStatus(status);
        model.addAttribute("heading", heading);
        model.addAttribute("message", message);
        return "workspace/problem";
    }
}
