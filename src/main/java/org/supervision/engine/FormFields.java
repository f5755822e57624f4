package org.supervision.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The fields of the Camunda Form that a task or a start event shows: the only values a
 * person can submit with it. Read as the calling user, so a task they cannot see yields
 * nothing (and Camunda then answers 403 or 404 as usual).
 */
public final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Forms bound to their deployment (or a fixed version) never change: read each once. */
    private static final Map<String, Optional<Set<String>>> FIXED = new ConcurrentHashMap<>();

    private FormFields() {
    }

    /** Empty when the task is not visible to the caller or has no Camunda Form. */
    public static Optional<Set<String>> ofTask(ProcessEngine engine, String taskId) {
        try {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            if (task == null || task.getCamundaFormRef() == null) {
                return Optional.empty();
            }
            CamundaFormRef form = task.getCamundaFormRef();
            if ("latest".equals(form.getBinding())) {
                return keys(engine.getFormService().getDeployedTaskForm(taskId));
            }
            String fixed = task.getProcessDefinitionId() + "/" + form.getKey() + "/" + form.getBinding() + "/" + form.getVersion();
            Optional<Set<String>> known = FIXED.get(fixed);
            if (known == null) {
                known = keys(engine.getFormService().getDeployedTaskForm(taskId));
                FIXED.put(fixed, known);
            }
            return known;
        } catch (ProcessEngineException notVisibleOrNoForm) {
            return Optional.empty();
        }
    }

    /** The start form of the latest version of {@code key} (or of the definition with that id). */
    public static Optional<Set<String>> ofStart(ProcessEngine engine, String key, String tenantId, String definitionId) {
        try {
            String id = definitionId;
            if (id == null) {
                ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(key).latestVersion();
                ProcessDefinition definition = (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId))
                        .singleResult();
                if (definition == null) {
                    return Optional.empty();
                }
                id = definition.getId();
            }
            return keys(engine.getFormService().getDeployedStartForm(id));
        } catch (ProcessEngineException notVisibleOrNoForm) {
            return Optional.empty();
        }
    }

    /**
     * Each field's label as the person sees it (a date-time field's date or time label), by
     * key: how an answer about a field names it. Empty when the task is not visible to the
     * caller or has no Camunda Form.
     */
    public static Map<String, String> labelsOfTask(ProcessEngine engine, String taskId) {
        try {
            if (!hasCamundaForm(engine, taskId)) {
                return Map.of();
            }
            return labels(engine.getFormService().getDeployedTaskForm(taskId));
        } catch (ProcessEngineException notVisibleOrNoForm) {
            return Map.of();
        }
    }

    /** The labels of the start form of the definition with that id, or of the latest with that key. */
    public static Map<String, String> labelsOfStart(ProcessEngine engine, String key, String definitionId) {
        try {
            String id = definitionId;
            if (id == null) {
                ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(key).latestVersion().withoutTenantId().singleResult();
                if (definition == null) {
                    return Map.of();
                }
                id = definition.getId();
            }
            return labels(engine.getFormService().getDeployedStartForm(id));
        } catch (ProcessEngineException notVisibleOrNoForm) {
            return Map.of();
        }
    }

    /**
     * A field the person must fill in: required by the form, not read-only, with the hide
     * conditions of the field and of the groups around it (a hidden field is not submitted).
     */
    public record RequiredField(String key, String label, List<String> hiddenWhen) {
    }

    /** The required fields of the task's Camunda Form; empty when not visible to the caller or not a Camunda Form. */
    public static List<RequiredField> requiredOfTask(ProcessEngine engine, String taskId) {
        try {
            if (!hasCamundaForm(engine, taskId)) {
                return List.of();
            }
            try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
                List<RequiredField> required = new ArrayList<>();
                collectRequired(JSON.readTree(form), List.of(), required);
                return required;
            }
        } catch (ProcessEngineException | IOException notVisibleOrNoForm) {
            return List.of();
        }
    }

    /** Asked first: Camunda's form lookup fails with a NullPointerException for a task that does not exist. */
    private static boolean hasCamundaForm(ProcessEngine engine, String taskId) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return task != null && task.getCamundaFormRef() != null;
    }

    private static void collectRequired(JsonNode component, List<String> hiddenAround, List<RequiredField> required) {
        if (component == null) {
            return;
        }
        List<String> hiddenWhen = new ArrayList<>(hiddenAround);
        JsonNode hide = component.path("conditional").path("hide");
        if (hide.isTextual() && !hide.asText().isBlank()) {
            hiddenWhen.add(hide.asText());
        }
        String key = component.path("key").asText("");
        boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
        if (!key.isEmpty() && !readonly && component.path("validate").path("required").asBoolean(false)) {
            String label = component.path("label").asText(component.path("dateLabel").asText(key)).strip();
            required.add(new RequiredField(key, label.isEmpty() ? key : label, List.copyOf(hiddenWhen)));
        }
        component.path("components").forEach(child -> collectRequired(child, hiddenWhen, required));
    }

    private static Map<String, String> labels(InputStream form) {
        try (form) {
            Map<String, String> labels = new HashMap<>();
            collectLabels(JSON.readTree(form), labels);
            return labels;
        } catch (IOException unreadable) {
            return Map.of();
        }
    }

    private static void collectLabels(JsonNode component, Map<String, String> labels) {
        if (component == null) {
            return;
        }
        String key = component.path("key").asText("");
        for (String name : new String[] {"label", "dateLabel", "timeLabel"}) {
            String label = component.path(name).asText("").strip();
            if (!key.isEmpty() && !label.isEmpty()) {
                labels.putIfAbsent(key, label);
            }
        }
        component.path("components").forEach(child -> collectLabels(child, labels));
    }

    private static Optional<Set<String>> keys(InputStream form) {
        try (form) {
            JsonNode schema = JSON.readTree(form);
            if (schema == null || !schema.has("components")) {
                return Optional.empty(); // an embedded or external form: its fields are not known here
            }
            Set<String> keys = new TreeSet<>();
            collect(schema, keys);
            return Optional.of(keys);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static void collect(JsonNode component, Set<String> keys) {
        for (String name : new String[] {"key", "path"}) {
            if (component.path(name).isTextual()) {
                keys.add(component.get(name).asText());
            }
        }
        component.path("components").forEach(child -> collect(child, keys));
    }
}
