package org.supervision.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.RuntimeService;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.support.AgreementForms;
import org.supervision.support.ProcessDriver;

/** What the pack's tests share: a signed agreement's session cycle, its planned sessions, and the pack's files read back. */
final class PackFixtures {

    private PackFixtures() {
    }

    /** Signs the worker's agreement (28-day sessions from {@code firstSession}) and answers their 1:1 session cycle. */
    static String signedCycle(RuntimeService runtime, ProcessDriver driver, String worker, String supervisor,
                              LocalDate firstSession, LocalDate signed) {
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(worker).singleResult().getId();
        driver.complete(agreement, "draftAgreement", supervisor, AgreementForms.draft(28, firstSession, signed));
        driver.complete(agreement, "reviewAgreement", worker, Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", supervisor, Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", worker, Map.of("signatureConfirmed", true));
        return runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(worker).variableValueEquals("supervisionType", "MANAGEMENT")
                .singleResult().getId();
    }

    /** The session the cycle plans next. */
    static SupervisionSession planned(RuntimeService runtime, ProcessDriver driver, SupervisionSessionRepository sessions,
                                      String cycle) {
        driver.runDueJobs(cycle);
        long id = ((Number) runtime.getVariable(cycle, "plannedSessionId")).longValue();
        return sessions.findById(id).orElseThrow();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** A CSV's lines about one person. */
    static List<String> lines(String csv, String staffId) {
        return csv.lines().filter(line -> line.startsWith("\"" + staffId + "\"")).toList();
    }
}
