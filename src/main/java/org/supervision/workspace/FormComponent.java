package org.supervision.workspace;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a Camunda Form, as the workspace renders and checks it. Everything a
 * person reads about a field (its label, hint, options) and every rule it must meet comes
 * from the deployed .form file, so that the workspace and Tasklist never disagree.
 *
 * @param type     Camunda Forms' type: textfield, textarea, number, datetime, checkbox, radio, select, text, ...
 * @param subtype  for datetime: date, time or datetime
 * @param hide     the conditional hide expression ("=professionalProvided != true"), or null
 * @param text     the markdown of a text component
 */
record FormComponent(String type, String subtype, String key, String label, String description, boolean readonly,
                     boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
                     String pattern, String hide, List<Option> options, String text, Object defaultValue) {

    /** An option of a radio group or select, with the value the form submits for it. */
    record Option(String value, String label) {
    }

    /** A field the person fills in or reads, as opposed to text shown between fields. */
    boolean hasKey() {
        return key != null && !key.isBlank();
    }

    boolean isText() {
        return "text".equals(type) || "markdown".equals(type);
    }

    boolean isDate() {
        return "datetime".equals(type) && !"time".equals(subtype);
    }

    boolean isTime() {
        return "datetime".equals(type) && "time".equals(subtype);
    }

    /** A field whose value the person submits: shown, not read-only, and of a kind the workspace can render. */
    boolean isEditable() {
        return hasKey() && !readonly && !isText();
    }

    /** The option's label for a submitted value, or the value itself when the form does not list it. */
    String optionLabel(String value) {
        return options.stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
