package org.supervision.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * Static checks of every model in processes/ against every form in forms/. Variables a
 * delegate writes are declared on the element with the extension property
 * {@code writesVariables}; form fields declare themselves.
 */
class ModelCheckTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}");
    static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*+)(?!\\s*\\()(?!\\s*\\.)");
    static final Set<String> EL_KEYWORDS = Set.of("not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "true", "false",
            "null", "empty", "div", "mod", "instanceof");

    @Test
    void everyProcessIsExecutableWithRetentionFormsRoutingAndKnownVariables() throws IOException {
        Map<String, Set<String>> formFields = formFields();
        List<String> problems = new ArrayList<>();
        List<Path> models = models();
        assertThat(models).as("BPMN files in processes/").isNotEmpty();
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                String where = file.getFileName() + " " + process.getId();
                if (!process.isExecutable()) {
                    problems.add(where + ": not executable");
                }
                if (process.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(where + ": no camunda:historyTimeToLive");
                }
                if (!process.getId().matches("[a-z]+(-[a-z]+)*")) {
                    problems.add(where + ": process id is not kebab-case");
                }
                Set<String> written = new HashSet<>(Set.of("staffId"));
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    checkUserTask(where, task, formFields, problems, written);
                }
                for (FlowElement element : process.getFlowElements()) {
                    if (element.getName() == null && !(element instanceof SequenceFlow)) {
                        problems.add(where + ": element " + element.getId() + " has no name");
                    }
                }
                model.getModelElementsByType(CamundaProperty.class).stream()
                        .filter(p -> "writesVariables".equals(p.getCamundaName()))
                        .forEach(p -> written.addAll(List.of(p.getCamundaValue().split("\\s*,\\s*"))));
                Set<String> recorded = recordedInHistory();
                for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                    ConditionExpression condition = flow.getConditionExpression();
                    if (condition == null) {
                        continue;
                    }
                    for (String variable : variablesIn(condition.getTextContent())) {
                        if (!written.contains(variable)) {
                            problems.add(where + ": condition of " + flow.getId() + " reads '" + variable
                                    + "', which no form or delegate of this process writes");
                        }
                        if (!recorded.contains(variable)) {
                            problems.add(where + ": decision '" + variable + "' is not in "
                                    + "supervision.history.recorded-variables, so auditors could not see it");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * One way of writing retention everywhere: the ISO-8601 days of the setting that
     * HistoryRetention applies at start-up (supervision.history.time-to-live-days).
     */
    @Test
    void everyProcessAndDecisionKeepsHistoryForTheConfiguredDaysWrittenTheSameWay() throws IOException {
        String configured = "P" + historyTimeToLiveDays() + "D";
        List<String> problems = new ArrayList<>();
        for (Path file : models()) {
            for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                if (!configured.equals(process.getCamundaHistoryTimeToLiveString())) {
                    problems.add(file.getFileName() + " " + process.getId() + ": " + process.getCamundaHistoryTimeToLiveString());
                }
            }
        }
        for (Path file : files(".dmn")) {
            for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
                if (!configured.equals(decision.getCamundaHistoryTimeToLiveString())) {
                    problems.add(file.getFileName() + " " + decision.getId() + ": " + decision.getCamundaHistoryTimeToLiveString());
                }
            }
        }
        assertThat(problems).as("camunda:historyTimeToLive other than " + configured).isEmpty();
    }

    /**
     * A reader sees who does what: every process says what it is for, every step sits in
     * exactly one lane, and no person's task sits in the System lane.
     */
    @Test
    void everyProcessIsDocumentedAndEveryStepIsInTheLaneOfWhoDoesIt() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                String where = file.getFileName() + " " + process.getId();
                if (process.getDocumentations().stream().map(Documentation::getTextContent).allMatch(String::isBlank)) {
                    problems.add(where + ": no documentation saying what the process is for");
                }
                if (process.getLaneSets().isEmpty()) {
                    problems.add(where + ": no lanes");
                }
            }
            Map<String, List<String>> lanesOf = new HashMap<>();
            for (Lane lane : model.getModelElementsByType(Lane.class)) {
                lane.getFlowNodeRefs().forEach(node -> lanesOf.computeIfAbsent(node.getId(), id -> new ArrayList<>())
                        .add(lane.getName()));
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                List<String> lanes = lanesOf.getOrDefault(node.getId(), List.of());
                if (lanes.size() != 1) {
                    problems.add(file.getFileName() + ": " + node.getId() + " is in lanes " + lanes + ", not in one");
                } else if (node instanceof UserTask && "System".equals(lanes.get(0))) {
                    problems.add(file.getFileName() + ": user task " + node.getId() + " is in the System lane");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsAConditionOnAnUnwrittenVariable() {
        assertThat(variablesIn("${negotiationRound < agreementNegotiation.maxRounds() and not typo}"))
                .containsExactlyInAnyOrder("negotiationRound", "typo");
    }

    private static void checkUserTask(String where, UserTask task, Map<String, Set<String>> formFields,
                                      List<String> problems, Set<String> written) {
        String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (formRef == null || !formFields.containsKey(formRef)) {
            problems.add(where + ": user task " + task.getId() + " has no camunda:formRef naming a form in forms/ (" + formRef + ")");
        } else {
            written.addAll(formFields.get(formRef));
        }
        boolean routed = (task.getCamundaAssignee() != null && task.getCamundaAssignee().startsWith("${"))
                || (task.getCamundaCandidateGroups() != null && task.getCamundaCandidateGroups().startsWith("${"));
        if (!routed) {
            problems.add(where + ": user task " + task.getId() + " has no assignee or candidate group expression");
        }
    }

    static Set<String> variablesIn(String expression) {
        Set<String> variables = new HashSet<>();
        Matcher el = EXPRESSION.matcher(expression);
        while (el.find()) {
            Matcher id = IDENTIFIER.matcher(el.group(1));
            while (id.find()) {
                if (!EL_KEYWORDS.contains(id.group(1))) {
                    variables.add(id.group(1));
                }
            }
        }
        return variables;
    }

    private static List<Path> models() throws IOException {
        return files(".bpmn");
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Set<String> recordedInHistory() throws IOException {
        return Set.of(((String) historySettings().get("recorded-variables")).split("\\s*,\\s*"));
    }

    private static int historyTimeToLiveDays() throws IOException {
        return ((Number) historySettings().get("time-to-live-days")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> historySettings() throws IOException {
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.yml"))) {
            Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(in);
            return (Map<String, Object>) ((Map<String, Object>) yaml.get("supervision")).get("history");
        }
    }

    private static Map<String, Set<String>> formFields() throws IOException {
        Map<String, Set<String>> fields = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                Set<String> keys = new HashSet<>();
                form.get("components").forEach(c -> {
                    if (c.has("key")) {
                        keys.add(c.get("key").asText());
                    }
                });
                fields.put(form.get("id").asText(), keys);
            }
        }
        return fields;
    }
}
