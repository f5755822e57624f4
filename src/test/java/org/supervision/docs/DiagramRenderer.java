package org.supervision.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.supervision.support.Browser;

/**
 * Renders every {@code processes/*.bpmn} to {@code docs/diagrams/<name>.svg} with the bpmn-js
 * viewer of the WebJar on the classpath, in headless Chromium. Not a test: run it with
 * {@code mvn -B -ntp -Pdiagrams -DskipTests test-compile exec:java@render-diagrams}
 * (arguments: the processes directory and the output directory). DiagramImagesTest fails
 * when an image is missing or outdated.
 */
public final class DiagramRenderer {

    static final String WEBJAR = "META-INF/resources/webjars/bpmn-js/";

    /** bpmn-js suffixes its arrow-head marker ids with a random renderer id: keep the output stable. */
    static final Pattern MARKER_ID = Pattern.compile("(sequenceflow-end|messageflow-start|messageflow-end"
            + "|association-start|association-end|conditional-flow-marker|conditional-default-flow-marker)"
            + "-(\\w+)-(\\w+)-(\\w+)");

    static final String RENDER = """
            const xml = arguments[0];
            const done = arguments[arguments.length - 1];
            const viewer = new BpmnJS({ container: '#canvas' });
            viewer.importXML(xml)
                .then(({ warnings }) => {
                    viewer.get('canvas').zoom('fit-viewport');
                    return viewer.saveSVG().then(({ svg }) =>
                        done({ svg: svg, warnings: warnings.map(w => String(w.message)) }));
                })
                .catch(e => done({ error: String((e && e.message) || e) }))
                .finally(() => viewer.destroy());
            """;

    private DiagramRenderer() {
    }

    public static void main(String[] args) throws Exception {
        Path processes = Path.of(args.length > 0 ? args[0] : "processes");
        Path output = Path.of(args.length > 1 ? args[1] : "docs/diagrams");
        if (!Browser.isInstalled()) {
            throw new IllegalStateException("Rendering needs Debian's chromium and chromedriver in /usr/bin: "
                    + "run sh src/test/browser/ensure-chromium.sh (or apt-get install chromium chromium-driver)");
        }
        List<Path> models;
        try (Stream<Path> files = Files.list(processes)) {
            models = files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("No .bpmn file in " + processes.toAbsolutePath());
        }
        Files.createDirectories(output);
        Path page = viewerPage();
        WebDriver driver = Browser.newChromeDriver();
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.get(page.toUri().toString());
            for (Path model : models) {
                String xml = Files.readString(model, StandardCharsets.UTF_8);
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(RENDER, xml);
                if (result.get("error") != null) {
                    throw new IllegalStateException("bpmn-js could not render " + model + ": " + result.get("error"));
                }
                for (Object warning : (List<?>) result.get("warnings")) {
                    System.err.println("WARNING " + model.getFileName() + ": " + warning);
                }
                String svg = (String) result.get("svg");
                if (svg == null || !svg.contains("data-element-id=")) {
                    throw new IllegalStateException("bpmn-js rendered an empty diagram for " + model);
                }
                String name = model.getFileName().toString().replaceFirst("\\.bpmn$", "");
                Path target = output.resolve(name + ".svg");
                Files.writeString(target, stableMarkerIds(svg).strip() + "\n", StandardCharsets.UTF_8);
                System.out.println("Rendered " + model + " -> " + target);
            }
        } finally {
            driver.quit();
        }
    }

    static String stableMarkerIds(String svg) {
        Matcher matcher = MARKER_ID.matcher(svg);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(
                    matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3) + "-diagram"));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** A page in a temporary directory with the viewer bundle next to it (file:// URLs, no server). */
    static Path viewerPage() throws IOException {
        String version = webJarVersion();
        Path dir = Files.createTempDirectory("bpmn-js");
        dir.toFile().deleteOnExit();
        try (InputStream viewer = resource(WEBJAR + version + "/dist/bpmn-viewer.production.min.js")) {
            Files.copy(viewer, dir.resolve("bpmn-viewer.js"));
        }
        Files.writeString(dir.resolve("index.html"), """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><script src="bpmn-viewer.js"></script></head>
                <body style="margin:0"><div id="canvas" style="width:1400px;height:900px"></div></body></html>
                """, StandardCharsets.UTF_8);
        dir.resolve("bpmn-viewer.js").toFile().deleteOnExit();
        dir.resolve("index.html").toFile().deleteOnExit();
        return dir.resolve("index.html");
    }

    static String webJarVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/bpmn-js/pom.properties")) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath: is org.webjars.npm:bpmn-js a dependency?");
        }
        return in;
    }
}
