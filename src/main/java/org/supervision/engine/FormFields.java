package org.supervision.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The fields of a deployed Camunda Form (the {@code key} of each component), read from the
 * form definition Tasklist renders. A deployed form never changes, so the answer is kept per
 * form definition. Only these names may be submitted with a task or start form: every other
 * variable in a process is process state (ids and decisions) that no person sets directly.
 */
public final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

    /**
     * The fields of the task's form; empty when the task does not exist or has no Camunda
     * Form. The caller runs this without an authenticated user (it reads the definition only).
     */
    public Optional<Set<String>> ofTask(TaskService tasks, FormService forms, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        // the models bind forms by deployment: one form per task definition of a process version
        return read(() -> forms.getDeployedTaskForm(taskId), task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey());
    }

    /** The fields of the process definition's start form; empty when it has none. */
    public Optional<Set<String>> ofStartForm(FormService forms, String processDefinitionId) {
        return read(() -> forms.getDeployedStartForm(processDefinitionId), processDefinitionId);
    }

    private Optional<Set<String>> read(FormSource source, String cacheKey) {
        Set<String> known = byDefinition.get(cacheKey);
        if (known != null) {
            return Optional.of(known);
        }
        Set<String> fields;
        try (InputStream form = source.open()) {
            if (form == null) {
                return Optional.empty();
            }
            fields = keysOf(JSON.readTree(form));
        } catch (BadUserRequestException noForm) { // also NotFoundException: no form or no task
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a deployed form", e);
        }
        byDefinition.put(cacheKey, fields);
        return Optional.of(fields);
    }

    static Set<String> keysOf(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        collect(form, keys);
        return Set.copyOf(keys);
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }

    @FunctionalInterface
    private interface FormSource {
        InputStream open() throws IOException;
    }
}
