package org.supervision.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who sees a conflict case, over HTTP as they would: every role against
 * cases at each stage, through the product's API and Camunda's REST API (tasks, process
 * instances, variables, history). A "leak" is anything seen that should not be.
 */
@IntegrationTest
class ConflictConfidentialityTest {

    enum State { STAGE_1, STAGE_2, STAGE_3, RESOLVED_AT_STAGE_1 }

    @LocalServerPort int port;
    @Autowired ConflictCases conflicts;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired ProcessEngine engine;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void eachRoleSeesACaseOnlyFromTheStageItIsEntitledToOnEverySurface() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Map<State, ConflictCase> cases = new LinkedHashMap<>();
        for (State state : State.values()) {
            cases.put(state, caseAt(state, "conf" + state.ordinal()));
        }
        Map<String, Function<ConflictCase, String>> roles = new LinkedHashMap<>();
        roles.put("supervisee", ConflictCase::getSuperviseeId);
        roles.put("supervisor", ConflictCase::getSupervisorId);
        roles.put("supervisor's line manager", c -> "rkhan");
        roles.put("HR", c -> "hbaker");
        roles.put("other member of staff", c -> "bjohnson");
        roles.put("other manager", c -> "lwilson");
        roles.put("director", c -> "dmorgan");

        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int checks = 0;
        for (Map.Entry<State, ConflictCase> entry : cases.entrySet()) {
            State state = entry.getKey();
            ConflictCase conflictCase = entry.getValue();
            String process = conflictCase.getProcessInstanceId();
            for (Map.Entry<String, Function<ConflictCase, String>> role : roles.entrySet()) {
                String user = role.getValue().apply(conflictCase);
                WebClient client = WebClient.basic(port, user, "demo");
                String who = role.getKey() + " (" + user + ") on a case " + state;
                boolean entitled = entitled(role.getKey(), state);
                Map<String, Boolean> seen = new LinkedHashMap<>();
                seen.put("GET /api/conflicts/{id}", client.get("/api/conflicts/" + conflictCase.getId()).statusCode() == 200);
                seen.put("GET /api/conflicts", ids(client.get("/api/conflicts").body()).contains(conflictCase.getId().toString()));
                Map<String, Boolean> camunda = new LinkedHashMap<>();
                camunda.put("GET /engine-rest/process-instance", count(client, "/engine-rest/process-instance?processInstanceIds=" + process) > 0);
                camunda.put("GET /engine-rest/history/process-instance", count(client, "/engine-rest/history/process-instance?processInstanceId=" + process) > 0);
                camunda.put("GET /engine-rest/history/task", count(client, "/engine-rest/history/task?processInstanceId=" + process) > 0);
                camunda.put("GET /engine-rest/history/variable-instance", count(client, "/engine-rest/history/variable-instance?processInstanceId=" + process) > 0);
                camunda.put("GET /engine-rest/history/activity-instance", count(client, "/engine-rest/history/activity-instance?processInstanceId=" + process) > 0);
                Map<String, Boolean> ownTask = new LinkedHashMap<>();
                ownTask.put("GET /engine-rest/task", count(client, "/engine-rest/task?processInstanceId=" + process) > 0);
                // the variables of one's own task: the case as its form shows it
                ownTask.put("GET /engine-rest/variable-instance",
                        count(client, "/engine-rest/variable-instance?processInstanceIdIn=" + process) > 0);
                for (Map.Entry<String, Boolean> surface : seen.entrySet()) {
                    checks++;
                    record(surface.getValue(), entitled, who + ": " + surface.getKey(), leaks, missing);
                }
                for (Map.Entry<String, Boolean> surface : camunda.entrySet()) {
                    checks++;
                    // the product's API is the parties' view; Camunda's raw records are for nobody here
                    record(surface.getValue(), false, who + ": " + surface.getKey(), leaks, missing);
                }
                for (Map.Entry<String, Boolean> surface : ownTask.entrySet()) {
                    checks++;
                    record(surface.getValue(), hasOpenTask(role.getKey(), state), who + ": " + surface.getKey(), leaks, missing);
                }
            }
        }
        System.out.printf("Conflict confidentiality matrix: %d checks (%d roles x %d case states x 9 surfaces), %d leaks, %d missing%n",
                checks, roles.size(), State.values().length, leaks.size(), missing.size());
        assertThat(leaks).as("seen by someone not entitled").isEmpty();
        assertThat(missing).as("hidden from someone entitled").isEmpty();
    }

    private static boolean entitled(String role, State state) {
        return switch (role) {
            case "supervisee", "supervisor" -> true;
            case "supervisor's line manager" -> state == State.STAGE_2 || state == State.STAGE_3;
            case "HR" -> state == State.STAGE_3;
            default -> false;
        };
    }

    /** Who has work on the case right now, and so sees that task in Tasklist. */
    private static boolean hasOpenTask(String role, State state) {
        return switch (state) {
            case STAGE_1 -> role.equals("supervisor");
            case STAGE_2 -> role.equals("supervisor's line manager");
            case STAGE_3 -> role.equals("HR");
            case RESOLVED_AT_STAGE_1 -> false;
        };
    }

    private static void record(boolean seen, boolean expected, String what, List<String> leaks, List<String> missing) {
        if (seen && !expected) {
            leaks.add(what);
        } else if (!seen && expected) {
            missing.add(what);
        }
    }

    private ConflictCase caseAt(State state, String team) {
        new ConflictTeams(directory).teamWithLogins(team, identity, "demo");
        ProcessDriver driver = new ProcessDriver(engine);
        ConflictCase raised = conflicts.raise("sw" + team, ConflictTeams.concern("Supervision keeps being cancelled"));
        String process = raised.getProcessInstanceId();
        switch (state) {
            case STAGE_1 -> { }
            case RESOLVED_AT_STAGE_1 -> {
                driver.complete(process, "supervisorResponds", "sup" + team, ConflictTeams.response(false, false));
                driver.complete(process, "superviseeAnswers", "sw" + team, ConflictTeams.answer(true, null));
            }
            case STAGE_2 -> driver.complete(process, "supervisorResponds", "sup" + team, ConflictTeams.response(true, false));
            case STAGE_3 -> {
                driver.complete(process, "supervisorResponds", "sup" + team, ConflictTeams.response(true, false));
                driver.complete(process, "lineManagerBooksMeeting", "rkhan",
                        Map.of("meetingDate", "2026-11-24", "meetingTime", "09:30", "meetingPlace", "Room 1"));
                driver.complete(process, "lineManagerRecordsOutcome", "rkhan",
                        Map.of("meetingHeldOn", "2026-11-23", "meetingSummary", "No agreement"));
                driver.complete(process, "superviseeAnswersThreeWay", "sw" + team, ConflictTeams.answer(false, "No"));
                driver.complete(process, "supervisorAnswersThreeWay", "sup" + team, ConflictTeams.answer(false, "No"));
            }
        }
        return raised;
    }

    private int count(WebClient client, String path) throws Exception {
        var response = client.get(path);
        if (response.statusCode() == 403) {
            return 0;
        }
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body()).size();
    }

    private List<String> ids(String body) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode node : json.readTree(body)) {
            ids.add(node.get("id").asText());
        }
        return ids;
    }
}
