package org.supervision.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.supervision.shared.UkDates;

/** What the task page and the start page share: the form's items, the error summary, the person's typing. */
final class FormPageModel {

    /** An entry of the error summary; a problem with no field of the form has no link. */
    record SummaryError(String href, String message) {
    }

    private FormPageModel() {
    }

    /** What the person typed, by field: the request's parameters without Spring's own (the CSRF token). */
    static Map<String, String> typed(MultiValueMap<String, String> parameters) {
        Map<String, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!name.startsWith("_") && values != null && !values.isEmpty()) {
                typed.put(name, values.get(0) == null ? "" : values.get(0));
            }
        });
        return typed;
    }

    /**
     * Puts the form into the model.
     *
     * @param answers     the checked answers after a submission, else null (see {@link FormValidation#hidden})
     * @param errors      by field key
     * @param pageProblem a problem that belongs to no field, or null
     */
    static void fill(Model model, FormDefinition form, Map<String, String> typed, Map<String, ?> variables,
                     Map<String, ?> answers, Map<String, String> errors, String pageProblem, String title,
                     boolean showReadOnlyFields, UkDates dates) {
        List<FormItem> items = FormView.items(form, typed, variables, answers, errors, title, dates);
        if (!showReadOnlyFields) {
            items = items.stream().filter(item -> !"facts".equals(item.kind())).toList();
        }
        List<SummaryError> summary = new ArrayList<>();
        if (pageProblem != null) {
            summary.add(new SummaryError(null, pageProblem));
        }
        for (FormItem item : items) {
            if (item.hasError()) {
                summary.add(new SummaryError("#" + item.id(), item.error()));
            }
        }
        model.addAttribute("items", items);
        model.addAttribute("errorSummary", summary);
        model.addAttribute("pageTitle", (summary.isEmpty() ? "" : "Error: ") + title + " – Supervision");
    }

    /** A refusal from the engine in the form's words, at the field it names if the form has it. */
    static String pageProblem(FormDefinition form, FormOutcome.Refused refused, Map<String, String> errors) {
        var field = form.field(refused.field()).filter(FormComponent::isEditable);
        if (field.isPresent()) {
            errors.put(refused.field(), FormValidation.engineMessage(field.get().label(), refused.problem()));
            return null;
        }
        String label = form.field(refused.field()).map(FormComponent::label).orElse(null);
        String problem = label == null ? refused.problem() : FormValidation.engineMessage(label, refused.problem());
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
    }

    static final String FAILED = "Something went wrong and nothing has been saved. Try again; if it happens again, "
            + "tell your system administrator the time it happened.";
}
