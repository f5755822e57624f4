package org.supervision.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The user guides show docs/diagrams/*.svg: each processes/*.bpmn must have its image, and the
 * image must show the model's current elements and names. No browser: it reads the files.
 */
class DiagramImagesTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path DIAGRAMS = Path.of("docs/diagrams");
    static final String RENDER = "re-render them with: mvn -B -ntp -Pdiagrams -DskipTests test-compile exec:java@render-diagrams"
            + " (then commit docs/diagrams/)";

    @Test
    void everyProcessHasAnUpToDateImage() throws Exception {
        List<Path> models = files(PROCESSES, ".bpmn");
        assertThat(models).as("BPMN files in processes/").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path model : models) {
            String name = model.getFileName().toString().replaceFirst("\\.bpmn$", "");
            Path image = DIAGRAMS.resolve(name + ".svg");
            if (!Files.isRegularFile(image)) {
                problems.add(image + " is missing");
                continue;
            }
            compare(model, image, problems);
        }
        for (Path image : files(DIAGRAMS, ".svg")) {
            String name = image.getFileName().toString().replaceFirst("\\.svg$", "");
            if (!Files.isRegularFile(PROCESSES.resolve(name + ".bpmn"))) {
                problems.add(image + " has no processes/" + name + ".bpmn any more: delete it");
            }
        }
        assertThat(problems).as("docs/diagrams/ is out of date with processes/; " + RENDER).isEmpty();
    }

    private static void compare(Path model, Path image, List<String> problems) throws Exception {
        BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
        Map<String, String> drawn = drawnElements(image);

        Set<String> withDiagram = new TreeSet<>();
        for (BpmnShape shape : bpmn.getModelElementsByType(BpmnShape.class)) {
            withDiagram.add(shape.getBpmnElement().getId());
        }
        for (BpmnEdge edge : bpmn.getModelElementsByType(BpmnEdge.class)) {
            withDiagram.add(((BaseElement) edge.getBpmnElement()).getId());
        }
        for (String id : withDiagram) {
            if (!drawn.containsKey(id)) {
                problems.add(image + " does not show " + id);
            }
        }
        for (String id : drawn.keySet()) {
            if (!withDiagram.contains(id)) {
                problems.add(image + " shows " + id + ", which is no longer in " + model);
            }
        }
        for (FlowElement element : bpmn.getModelElementsByType(FlowElement.class)) {
            String name = element.getName();
            if (name == null || name.isBlank()) {
                continue;
            }
            String text = drawn.get(element.getId());
            if (text == null) {
                if (!withDiagram.contains(element.getId())) {
                    problems.add(model + ": " + element.getId() + " (\"" + name + "\") has no shape in the diagram,"
                            + " so no image can show it: lay it out in Camunda Modeler");
                }
            } else if (!squeeze(text).equals(squeeze(name))) {
                problems.add(image + " labels " + element.getId() + " \"" + text.strip() + "\" instead of \"" + name + "\"");
            }
        }
    }

    /**
     * Element id to the text drawn for it. bpmn-js marks each element's group with
     * {@code data-element-id}; an external label (events, gateways, flows) is the group of
     * {@code <id>_label}.
     */
    static Map<String, String> drawnElements(Path image) throws Exception {
        Document svg = parser().parse(image.toFile());
        Map<String, String> drawn = new HashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            String id = group.getAttribute("data-element-id");
            if (id.isEmpty()) {
                continue;
            }
            String elementId = id.endsWith("_label") ? id.substring(0, id.length() - "_label".length()) : id;
            drawn.merge(elementId, group.getTextContent(), (a, b) -> a + " " + b);
        }
        return drawn;
    }

    /** Labels are wrapped into lines at spaces and hyphens: compare without whitespace. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the SVG names the W3C DTD: never fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
