package org.supervision.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What the fuzz test sent and what came back: counts per endpoint and status, and every offence. */
final class FuzzLog {

    /** Java's names for things, which a person should never be shown. */
    private static final Pattern JAVA_NAMES = Pattern.compile("Exception|\\borg\\.[a-z]|\\bjava\\.[a-z]|\\bjavax?\\.|\\tat ");

    private final Map<String, Integer> perEndpoint = new TreeMap<>();
    private final Map<Integer, Integer> perStatus = new TreeMap<>();
    final List<String> serverErrors = new ArrayList<>();
    final List<String> acceptedWrongInput = new ArrayList<>();
    final List<String> unclearRefusals = new ArrayList<>();
    final List<String> storedAfterRefusal = new ArrayList<>();
    private int requests;

    int requests() {
        return requests;
    }

    /** Records the answer; {@code plainBody}: its 4xx body must name the field or the problem in plain words. */
    void record(String endpoint, String method, String path, String body, HttpResponse<String> response, boolean plainBody) {
        requests++;
        perEndpoint.merge(endpoint, 1, Integer::sum);
        perStatus.merge(response.statusCode(), 1, Integer::sum);
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors.add(describe(method, path, body, response));
        } else if (plainBody && status >= 400 && !clear(response.body())) {
            unclearRefusals.add(describe(method, path, body, response));
        }
    }

    void accepted(String method, String path, String body, HttpResponse<String> response) {
        acceptedWrongInput.add(describe(method, path, body, response));
    }

    void stored(String method, String path, String body, String what) {
        storedAfterRefusal.add(method + " " + excerpt(path, 120) + " body " + excerpt(body, 160) + ": " + what);
    }

    /** Names something (a field, the body, a value) in words and carries no trace of Java. */
    static boolean clear(String body) {
        return body != null && !body.isBlank() && !JAVA_NAMES.matcher(body).find()
                && (body.contains("\"field\"") || body.matches("(?s).*\"(detail|message)\"\\s*:\\s*\"[A-Za-z'].{8,}.*"));
    }

    String summary(long millis, long cpuMillis) {
        StringBuilder text = new StringBuilder("Malformed-input fuzz: ").append(requests).append(" requests in ")
                .append(millis).append(" ms (CPU time of the JVM, server and client: ").append(cpuMillis)
                .append(" ms)\n  statuses: ").append(perStatus).append("\n  per endpoint:\n");
        perEndpoint.forEach((endpoint, count) -> text.append(String.format("    %5d  %s%n", count, endpoint)));
        section(text, "server errors (>= 500)", serverErrors);
        section(text, "wrong input accepted (2xx)", acceptedWrongInput);
        section(text, "refusals that name nothing or show Java", unclearRefusals);
        section(text, "something stored or changed by a refused request", storedAfterRefusal);
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<String> entries) {
        text.append("  ").append(title).append(": ").append(entries.size()).append('\n');
        entries.stream().limit(40).forEach(entry -> text.append("    ").append(entry).append('\n'));
    }

    private static String describe(String method, String path, String body, HttpResponse<String> response) {
        return method + " " + excerpt(path, 120) + " body " + excerpt(body, 160) + " -> " + response.statusCode() + " "
                + excerpt(response.body(), 300);
    }

    static String excerpt(String text, int max) {
        if (text == null) {
            return "(none)";
        }
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > max ? shown.substring(0, max) + "...(" + text.length() + " chars)" : shown;
    }
}
