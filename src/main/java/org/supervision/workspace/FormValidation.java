package org.supervision.workspace;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.supervision.shared.HideCondition;

/**
 * Checks what a person typed against the form's own rules (required, number ranges, length,
 * patterns, real dates) before anything reaches the engine, and says what is wrong using the
 * field's label, in the GOV.UK way ("Enter ...", "... must be a real date"). The product's
 * listeners check again inside the engine: this check is for people, theirs is the guarantee.
 */
final class FormValidation {

    /** The pattern Camunda Forms' time fields use; a text field with it is a time of day. */
    static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    /**
     * @param values what is submitted to the engine, typed as Camunda Forms would send them
     * @param errors by field key, in the form's order
     */
    record Result(Map<String, Object> values, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private FormValidation() {
    }

    /**
     * @param typed     what the person typed, by field key (dates as key-day, key-month, key-year;
     *                  a ticked checkbox as "true")
     * @param variables the task's variables, for hide conditions on values the form only shows
     */
    static Result check(FormDefinition form, Map<String, String> typed, Map<String, ?> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<FormComponent> editable = form.components().stream().filter(FormComponent::isEditable).toList();
        for (FormComponent field : editable) {
            try {
                values.put(field.key(), value(field, typed));
            } catch (Refused refused) {
                errors.put(field.key(), refused.getMessage());
                values.put(field.key(), null);
            }
        }
        // a hidden field is neither checked nor submitted, as in Camunda Forms
        for (FormComponent field : editable) {
            if (hidden(field, form, variables, values)) {
                errors.remove(field.key());
            }
        }
        Map<String, Object> submitted = new LinkedHashMap<>();
        editable.stream().filter(field -> !hidden(field, form, variables, values))
                .forEach(field -> submitted.put(field.key(), values.get(field.key())));
        return new Result(submitted, errors);
    }

    /**
     * Whether a component is hidden. A condition on a field the person fills in on this form
     * can only be decided once they have answered; until then ({@code answers == null}) the
     * component is shown, with a hint saying when it is needed.
     */
    static boolean hidden(FormComponent component, FormDefinition form, Map<String, ?> variables, Map<String, ?> answers) {
        Optional<HideCondition> condition = HideCondition.parse(component.hide());
        if (condition.isEmpty()) {
            return false;
        }
        if (form.isEditableField(condition.get().variable())) {
            return answers != null && condition.get().hides(answers);
        }
        return condition.get().hides(variables == null ? Map.of() : variables);
    }

    private static Object value(FormComponent field, Map<String, String> typed) {
        String label = field.label();
        if ("checkbox".equals(field.type())) {
            boolean ticked = "true".equals(typed.get(field.key()));
            if (field.required() && !ticked) {
                throw new Refused("Tick the box “" + label + "”");
            }
            return ticked;
        }
        if (field.isDate()) {
            return date(field, typed);
        }
        String text = typed.getOrDefault(field.key(), "");
        String trimmed = text.strip();
        switch (field.type()) {
            case "number" -> {
                if (trimmed.isEmpty()) {
                    if (field.required()) {
                        throw new Refused("Enter " + phrase(label));
                    }
                    return null;
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(trimmed);
                } catch (NumberFormatException notANumber) {
                    throw new Refused(label + " must be a number, like 30");
                }
                if (field.min() != null && field.max() != null
                        && (number.compareTo(field.min()) < 0 || number.compareTo(field.max()) > 0)) {
                    throw new Refused(label + " must be between " + plain(field.min()) + " and " + plain(field.max()));
                }
                if (field.min() != null && number.compareTo(field.min()) < 0) {
                    throw new Refused(label + " must be " + plain(field.min()) + " or more");
                }
                if (field.max() != null && number.compareTo(field.max()) > 0) {
                    throw new Refused(label + " must be " + plain(field.max()) + " or less");
                }
                BigDecimal whole = number.stripTrailingZeros();
                return whole.scale() <= 0 ? (Object) whole.longValueExact() : (Object) number.doubleValue();
            }
            case "radio", "select" -> {
                if (trimmed.isEmpty()) {
                    if (field.required()) {
                        throw new Refused(label.endsWith("?") ? "Choose an answer to “" + label + "”" : "Select " + phrase(label));
                    }
                    return null;
                }
                if (!field.options().isEmpty() && field.options().stream().noneMatch(o -> o.value().equals(trimmed))) {
                    throw new Refused("Choose one of the answers listed for “" + label + "”");
                }
                return trimmed;
            }
            default -> {
                // textfield, textarea and a time: text as typed (the engine strips it when storing)
                if (trimmed.isEmpty()) {
                    if (field.required()) {
                        throw new Refused("Enter " + phrase(label));
                    }
                    // no value rather than "": an empty optional field (the supervisee's id on a
                    // concern) must not read as an id, and it still clears what the task showed
                    return null;
                }
                if (field.maxLength() != null && trimmed.length() > field.maxLength()) {
                    throw new Refused(label + " must be " + field.maxLength() + " characters or fewer");
                }
                if (field.minLength() != null && trimmed.length() < field.minLength()) {
                    throw new Refused(label + " must be " + field.minLength() + " characters or more");
                }
                String pattern = field.isTime() ? TIME_PATTERN : field.pattern();
                if (pattern != null && !matches(pattern, trimmed)) {
                    throw new Refused(TIME_PATTERN.equals(pattern)
                            ? label + " must be a time in the form HH:MM, for example 14:30"
                            : label + " is not in the expected form" + (field.description() == null ? "" : ": " + field.description()));
                }
                return field.isTime() ? trimmed : text;
            }
        }
    }

    /** Camunda Forms sends a date as "2026-11-30": the workspace asks for it in three boxes, as GOV.UK does. */
    private static String date(FormComponent field, Map<String, String> typed) {
        String label = field.label();
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : List.of("day", "month", "year")) {
            parts.put(part, typed.getOrDefault(field.key() + "-" + part, "").strip());
        }
        List<String> missing = new ArrayList<>();
        parts.forEach((part, value) -> {
            if (value.isEmpty()) {
                missing.add(part);
            }
        });
        if (missing.size() == 3) {
            if (field.required()) {
                throw new Refused("Enter the date for “" + label + "”");
            }
            return null;
        }
        if (!missing.isEmpty()) {
            throw new Refused(label + " must include a " + String.join(" and ", missing));
        }
        if (!parts.get("year").matches("\\d{4}")) {
            throw new Refused(label + " must include a year with 4 numbers, like 2027");
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.get("year")), Integer.parseInt(parts.get("month")),
                    Integer.parseInt(parts.get("day"))).toString();
        } catch (NumberFormatException | DateTimeException notADate) {
            throw new Refused(label + " must be a real date");
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            // as a browser's RegExp.test: the form's patterns anchor themselves where they mean to
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException notJavaSyntax) {
            return true; // the engine's listener checks the value again
        }
    }

    /**
     * A refusal from the product's listeners ("frequencyDays: must be between 1 and 92, not 100")
     * in the words of the form: "1:1 sessions every (days) must be between 1 and 92, not 100".
     */
    static String engineMessage(String label, String problem) {
        String text = problem == null ? "is not right" : problem.strip();
        if (text.startsWith("is ") || text.startsWith("must ") || text.startsWith("needs ")) {
            return label + " " + text;
        }
        if (label.endsWith("?") && !text.isEmpty()) {
            return label + " " + Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return label + ": " + text;
    }

    /** The label inside a sentence: "Enter ground rules ..." (an acronym or a number keeps its case). */
    static String phrase(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
