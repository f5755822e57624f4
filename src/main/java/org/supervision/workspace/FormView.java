package org.supervision.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supervision.shared.UkDates;
import org.supervision.shared.HideCondition;

/**
 * Turns a Camunda Form and the values it shows into {@link FormItem}s for the page: text
 * components as headings and paragraphs, read-only fields as text, every other field as the
 * matching GOV.UK component, pre-filled as Tasklist pre-fills it (from the task's variables
 * of the form's keys, else the form's default).
 */
final class FormView {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private FormView() {
    }

    /** What the form's fields hold before the person types anything, in the shape they type it. */
    static Map<String, String> typedFrom(FormDefinition form, Map<String, ?> variables) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FormComponent field : form.components()) {
            if (!field.isEditable()) {
                continue;
            }
            Object value = variables.get(field.key());
            if (value == null) {
                value = field.defaultValue();
            }
            if (value == null) {
                continue;
            }
            if (field.isDate()) {
                Optional<LocalDate> date = asDate(value);
                date.ifPresent(day -> {
                    typed.put(field.key() + "-day", Integer.toString(day.getDayOfMonth()));
                    typed.put(field.key() + "-month", Integer.toString(day.getMonthValue()));
                    typed.put(field.key() + "-year", Integer.toString(day.getYear()));
                });
            } else if ("checkbox".equals(field.type())) {
                typed.put(field.key(), Boolean.toString("true".equalsIgnoreCase(value.toString())));
            } else {
                typed.put(field.key(), asText(value));
            }
        }
        return typed;
    }

    /**
     * @param typed     the values in the boxes (from {@link #typedFrom} or as submitted)
     * @param answers   the checked answers when the person has submitted, else null
     * @param pageTitle a heading of the form's text equal to it is left out: the page says it already
     */
    static List<FormItem> items(FormDefinition form, Map<String, String> typed, Map<String, ?> variables,
                                Map<String, ?> answers, Map<String, String> errors, String pageTitle, UkDates dates) {
        List<FormItem> items = new ArrayList<>();
        List<FormItem.Fact> facts = new ArrayList<>();
        for (FormComponent component : form.components()) {
            // a field an answer on this form hides is drawn all the same (hidden if the answers given hide it),
            // so that the page's script can show it when the person gives the answer that needs it
            Optional<HideCondition> onAnswer = onAnswer(component, form).filter(condition -> component.isEditable());
            boolean hidden = FormValidation.hidden(component, form, variables, answers);
            if (hidden && onAnswer.isEmpty()) {
                continue;
            }
            if (component.hasKey() && component.readonly()) {
                facts.add(new FormItem.Fact(component.label(), shown(component, variables.get(component.key()), dates),
                        "textarea".equals(component.type()), component.description()));
                continue;
            }
            if (!facts.isEmpty()) {
                items.add(FormItem.facts(facts));
                facts.clear();
            }
            if (component.isText()) {
                items.addAll(markdown(component.text(), pageTitle));
            } else if (component.hasKey()) {
                items.add(field(component, form, typed, errors.get(component.key()), onAnswer.map(FormView::hideWhen).orElse(null),
                        hidden));
            }
        }
        if (!facts.isEmpty()) {
            items.add(FormItem.facts(facts));
        }
        return items;
    }

    /** The condition of a component that hides it by an answer on this same form. */
    private static Optional<HideCondition> onAnswer(FormComponent component, FormDefinition form) {
        return HideCondition.parse(component.hide()).filter(condition -> form.isEditableField(condition.variable()));
    }

    /** The condition as the page's script reads it: a checkbox answers "true" or "false", a radio its value. */
    private static FormItem.HideWhen hideWhen(HideCondition condition) {
        Object expected = condition.expected();
        String value = expected instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(expected);
        return new FormItem.HideWhen(condition.variable(), value, condition.hiddenWhenEqual());
    }

    private static FormItem field(FormComponent field, FormDefinition form, Map<String, String> typed, String error,
                                  FormItem.HideWhen hideWhen, boolean hidden) {
        String key = field.key();
        String hint = hint(field, form);
        String id = "field-" + key;
        String value = typed.get(key);
        if (field.isDate()) {
            String example = "For example, 27 3 2027";
            return new FormItem("date", key, id + "-day", field.label(), hint == null ? example : hint + " " + example, null, typed.get(key + "-day"),
                    typed.get(key + "-month"), typed.get(key + "-year"), false, List.of(), List.of(), error, hideWhen, hidden);
        }
        String kind = switch (field.type()) {
            case "textarea", "number", "checkbox", "radio", "select" -> field.type();
            case "datetime" -> "time";
            default -> FormValidation.TIME_PATTERN.equals(field.pattern()) ? "time" : "textfield";
        };
        if ("time".equals(kind) && hint == null) {
            hint = "Use the 24-hour clock, for example 14:30";
        }
        List<FormItem.Choice> choices = new ArrayList<>();
        for (int i = 0; i < field.options().size(); i++) {
            FormComponent.Option option = field.options().get(i);
            // the first radio carries the field's id, so that the error summary's link lands on it
            choices.add(new FormItem.Choice(i == 0 ? id : id + "-" + (i + 1), option.value(), option.label(),
                    option.value().equals(value)));
        }
        return new FormItem(kind, key, id, field.label(), hint, value, null, null, null, "true".equals(value),
                List.copyOf(choices), List.of(), error, hideWhen, hidden);
    }

    /** The field's description, and when a condition on another answer decides whether it is needed. */
    private static String hint(FormComponent field, FormDefinition form) {
        String when = HideCondition.parse(field.hide()).filter(c -> form.isEditableField(c.variable()))
                .flatMap(condition -> form.field(condition.variable()).map(other -> {
                    String answer = condition.expected() instanceof Boolean flag && "checkbox".equals(other.type())
                            ? (flag ? "tick" : "do not tick") + " “" + other.label() + "”"
                            : "answer “" + other.optionLabel(String.valueOf(condition.expected())) + "” to “" + other.label() + "”";
                    return (condition.hiddenWhenEqual() ? "Not needed if you " : "Only needed if you ") + answer + ".";
                })).orElse(null);
        if (when == null) {
            return field.description();
        }
        return field.description() == null ? when : field.description() + ". " + when;
    }

    /** A read-only value in words: yes or no, a UK date, the option's label. */
    static String shown(FormComponent field, Object value, UkDates dates) {
        if (value == null || value.toString().isBlank()) {
            return "None given";
        }
        if (value instanceof Boolean flag) {
            return flag ? "Yes" : "No";
        }
        if (field.isDate() || value instanceof Date) {
            Optional<LocalDate> date = asDate(value);
            if (date.isPresent()) {
                return dates.day(date.get());
            }
        }
        if (!field.options().isEmpty()) {
            return field.optionLabel(value.toString());
        }
        if (field.key() != null && value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return asDate(text).map(dates::day).orElse(text);
        }
        return asText(value);
    }

    private static String asText(Object value) {
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), LONDON).toString();
        }
        return value.toString();
    }

    private static Optional<LocalDate> asDate(Object value) {
        if (value instanceof Date date) {
            return Optional.of(LocalDate.ofInstant(date.toInstant(), LONDON));
        }
        String text = value.toString().strip();
        // "2026-11-30", or a full timestamp of which the day counts
        return org.supervision.shared.FormInput.parseDay(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    }

    /** The forms' text components use a little markdown: headings and paragraphs. */
    static List<FormItem> markdown(String text, String pageTitle) {
        List<FormItem> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String block : text.split("\\n\\s*\\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                int level = trimmed.indexOf(' ') < 0 ? 1 : trimmed.substring(0, trimmed.indexOf(' ')).length();
                String heading = trimmed.replaceFirst("^#+\\s*", "");
                if (pageTitle != null && pageTitle.startsWith(heading)) {
                    continue;
                }
                items.add(FormItem.text(level <= 3 ? "heading2" : "heading3", heading));
            } else {
                items.add(FormItem.text("paragraph", trimmed.replaceAll("\\*\\*|__", "").replaceAll("\\s*\\n\\s*", " ")));
            }
        }
        return items;
    }
}
