package org.supervision.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
 * {@code /start/{processKey}}: the processes people start themselves, with their start form.
 * Started through the engine's start-form submission as the person: the engine records them
 * as the initiator, and the product refuses a start in anyone else's name.
 */
@WorkspacePage
class StartPage {

    /** The processes a person starts, with what the page calls them. Others are started by the product. */
    static final Map<String, String> STARTED_BY_PEOPLE = Map.of(
            "conflict-escalation", "Raise a concern about supervision",
            "training-request", "Ask for training");

    private final EngineForms engine;
    private final UkDates dates;

    StartPage(EngineForms engine, UkDates dates) {
        this.engine = engine;
        this.dates = dates;
    }

    @GetMapping("/start/{processKey}")
    String show(@PathVariable String processKey, Principal user, Model model, HttpServletResponse response) {
        Optional<Startable> start = startable(user.getName(), processKey);
        if (start.isEmpty()) {
            return notStartable(response, model);
        }
        return render(start.get(), FormView.typedFrom(start.get().form, Map.of()), null, new LinkedHashMap<>(), null, model);
    }

    @PostMapping("/start/{processKey}")
    String submit(@PathVariable String processKey, @RequestParam MultiValueMap<String, String> parameters, Principal user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Startable> start = startable(user.getName(), processKey);
        if (start.isEmpty()) {
            return notStartable(response, model);
        }
        Startable process = start.get();
        Map<String, String> typed = FormPageModel.typed(parameters);
        FormValidation.Result checked = FormValidation.check(process.form, typed, Map.of());
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        if (!checked.valid()) {
            return render(process, typed, checked.values(), errors, null, model);
        }
        FormOutcome outcome = engine.submitStart(user.getName(), process.definition.getId(), checked.values());
        if (outcome instanceof FormOutcome.Done) {
            redirect.addFlashAttribute("done", "Done: " + process.title);
            return "redirect:/tasks";
        }
        if (outcome instanceof FormOutcome.Refused refused) {
            String problem = FormPageModel.pageProblem(process.form, refused, errors);
            return render(process, typed, checked.values(), errors, problem, model);
        }
        if (outcome instanceof FormOutcome.Conflict conflict) {
            return render(process, typed, checked.values(), errors, conflict.message(), model);
        }
        if (outcome instanceof FormOutcome.Forbidden forbidden) {
            return TaskPage.problem(response, HttpServletResponse.SC_FORBIDDEN, model,
                    "You cannot start this", forbidden.message());
        }
        return render(process, typed, checked.values(), errors, FormPageModel.FAILED, model);
    }

    private record Startable(String title, ProcessDefinition definition, FormDefinition form) {
    }

    private Optional<Startable> startable(String userId, String processKey) {
        String title = STARTED_BY_PEOPLE.get(processKey);
        if (title == null) {
            return Optional.empty();
        }
        return engine.startable(userId, processKey).flatMap(definition -> engine.startForm(userId, definition.getId())
                .map(form -> new Startable(title, definition, form)));
    }

    private String render(Startable process, Map<String, String> typed, Map<String, ?> answers, Map<String, String> errors,
                          String pageProblem, Model model) {
        FormPageModel.fill(model, process.form, typed, Map.of(), answers, errors, pageProblem, process.title, true, dates);
        model.addAttribute("heading", process.title);
        model.addAttribute("action", "/start/" + process.definition.getKey());
        model.addAttribute("button", "Send");
        return "workspace/start";
    }

    private static String notStartable(HttpServletResponse response, Model model) {
        return TaskPage.problem(response, HttpServletResponse.SC_NOT_FOUND, model, "There is nothing to start here",
                "This is not something you can start from the workspace. The link may be wrong or out of date.");
    }
}
