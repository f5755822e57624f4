package org.supervision.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deployed Camunda Form (the JSON of a .form file) read with Jackson: its components in
 * the order the form shows them, groups flattened (the workspace shows their fields in the
 * same order, without the group's frame).
 */
record FormDefinition(String id, List<FormComponent> components) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Empty when the stream is not a Camunda Form (an embedded or external form has no components). */
    static Optional<FormDefinition> read(InputStream form) {
        try (form) {
            JsonNode schema = JSON.readTree(form);
            if (schema == null || !schema.has("components")) {
                return Optional.empty();
            }
            List<FormComponent> components = new ArrayList<>();
            collect(schema.get("components"), components);
            return Optional.of(new FormDefinition(schema.path("id").asText(null), List.copyOf(components)));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static void collect(JsonNode list, List<FormComponent> into) {
        for (JsonNode node : list) {
            if (node.has("components")) {
                collect(node.get("components"), into);
                continue;
            }
            into.add(component(node));
        }
    }

    static FormComponent component(JsonNode node) {
        String type = node.path("type").asText("");
        String subtype = text(node, "subtype");
        JsonNode validate = node.path("validate");
        String label = text(node, "label");
        if ("datetime".equals(type)) {
            // Camunda Forms labels the parts of a date-time field separately
            label = "time".equals(subtype) ? text(node, "timeLabel") : text(node, "dateLabel");
        }
        List<FormComponent.Option> options = new ArrayList<>();
        for (JsonNode option : node.path("values")) {
            options.add(new FormComponent.Option(option.path("value").asText(), option.path("label").asText()));
        }
        String hide = node.path("conditional").path("hide").isTextual() ? node.path("conditional").path("hide").asText() : null;
        JsonNode defaultValue = node.get("defaultValue");
        return new FormComponent(type, subtype, text(node, "key"), label == null ? text(node, "key") : label,
                text(node, "description"), node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false),
                validate.path("required").asBoolean(false), decimal(validate, "min"), decimal(validate, "max"),
                whole(validate, "minLength"), whole(validate, "maxLength"), text(validate, "pattern"), hide,
                List.copyOf(options), text(node, "text"),
                defaultValue == null || defaultValue.isNull() ? null
                        : defaultValue.isBoolean() ? defaultValue.asBoolean() : defaultValue.asText());
    }

    /** Keyed fields, for mapping an engine's refusal back to the label a person saw. */
    Optional<FormComponent> field(String key) {
        return components.stream().filter(c -> c.hasKey() && c.key().equals(key)).findFirst();
    }

    boolean isEditableField(String key) {
        return field(key).map(FormComponent::isEditable).orElse(false);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static Integer whole(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNumber() ? value.intValue() : null;
    }
}
