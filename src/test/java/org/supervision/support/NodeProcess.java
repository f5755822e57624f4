package org.supervision.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.jar.JarFile;
import org.supervision.SupervisionApplication;

/** An application node in a JVM of its own, on the test classpath, its output in a log file. */
public final class NodeProcess {

    private final Process process;
    private final Path log;

    private NodeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static NodeProcess start(Path log, List<String> arguments) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", testClasspath(), SupervisionApplication.class.getName()));
        command.addAll(arguments);
        return new NodeProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public boolean started() {
        return output().contains("Started SupervisionApplication");
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public Path log() {
        return log;
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * Failsafe starts the test JVM from a manifest-only jar; Spring's classpath*: scan would
     * then see target/classes twice in a child started with that jar, so spell it out.
     */
    private static String testClasspath() throws IOException {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) {
            return String.join(File.pathSeparator, new LinkedHashSet<>(List.of(surefire.split(File.pathSeparator))));
        }
        String classpath = System.getProperty("java.class.path");
        String[] entries = classpath.split(File.pathSeparator);
        if (entries.length != 1 || !entries[0].endsWith(".jar")) {
            return classpath;
        }
        try (JarFile jar = new JarFile(entries[0])) {
            String manifestPath = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (manifestPath == null) {
                return classpath;
            }
            List<String> files = new ArrayList<>();
            for (String url : manifestPath.trim().split("\\s+")) {
                files.add(Path.of(URI.create(url).isAbsolute() ? URI.create(url)
                        : Path.of(entries[0]).toUri().resolve(url)).toString());
            }
            return String.join(File.pathSeparator, files);
        }
    }
}
