package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.session.SessionTestSupport;
import org.supervision.support.AgreementForms;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people type into forms stays with the people allowed to read it, on every surface of
 * the engine: Camunda's REST API (runtime and history), the API behind Tasklist and Cockpit,
 * and Cockpit's own plugin API. Every form is filled in the way a real client does it, once
 * through each write path (a program's {@code complete} / {@code start}, Tasklist's
 * {@code submit-form}), with a marker in every free-text field: an agreement draft, a session
 * record and the supervisee's dispute of it, a conflict raised on the start form, a
 * training request on its start form, and a supervision group's record and a member's own-record
 * items. While each next task is open (its form shows the text),
 * every role reads every surface; the marker may appear only in the open task's own variables,
 * for the person the task is assigned to.
 *
 * <p>Administrators bypass Camunda's permission checks by design (they can read an open
 * task's variables, as they can read the database); they are checked on every surface that
 * holds history, where nothing typed into a form may be at all.
 */
@IntegrationTest
@AlsoOnPostgres
class FormContentConfidentialityTest {

    enum WritePath {
        /** A program: POST /engine-rest/task/{id}/complete and /process-definition/key/{key}/start. */
        COMPLETE,
        /** Tasklist: POST /camunda/api/engine/engine/default/task/{id}/submit-form (and the start form's submit-form). */
        SUBMIT_FORM
    }

    private static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired ProcessEngine engine;

    private ProcessDriver driver;
    private final List<String> leaks = new ArrayList<>();
    private int checks;

    @ParameterizedTest
    @EnumSource(WritePath.class)
    void nothingTypedIntoAFormIsReadableOnAnEngineSurfaceByAnyoneButTheTasksAssignee(WritePath path) {
        driver = new ProcessDriver(engine);
        String suffix = path == WritePath.COMPLETE ? "c" : "s";
        String supervisor = "cfsup" + suffix;
        String supervisee = "cfsw" + suffix;
        team(supervisor, supervisee);
        Fixtures.today(LocalDate.of(2026, 11, 23));

        // the agreement: drafted by the supervisor, then open for the supervisee to review
        String agreement = instance("supervision-agreement", supervisee);
        Map<String, Object> draft = AgreementForms.draft(28, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23));
        marked(draft, "AGR-" + suffix, "groundRules", "recordingArrangements", "conflictHandling", "therapyDistinction");
        complete(path, agreement, "draftAgreement", supervisor, draft);
        checkEverySurface(agreement, "reviewAgreement", supervisee, "AGR-" + suffix);
        complete(path, agreement, "reviewAgreement", supervisee, Map.of("superviseeAccepts", true));
        complete(path, agreement, "supervisorSigns", supervisor, Map.of("signatureConfirmed", true));
        complete(path, agreement, "superviseeSigns", supervisee, Map.of("signatureConfirmed", true));

        // a session: booked, held and recorded; the record open for the supervisee to confirm
        String cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(supervisee).singleResult().getId();
        complete(path, cycle, "bookSession", supervisor, Map.of("sessionDate", "2026-11-30", "sessionTime", "10:00",
                "place", "Room 4, Civic Centre"));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        Map<String, Object> record = new LinkedHashMap<>(Map.of("sessionOutcome", "HELD", "heldOn", "2026-11-30",
                "actions", "REC-" + suffix + " read the toolkit | supervisee | 2026-12-31"));
        marked(record, "REC-" + suffix, "supportive", "management", "educational", "mediation", "decisions",
                "agreementsReached", "disagreements", "futureItems", "caseRecordItems", "learningNeeds");
        complete(path, cycle, "recordSession", supervisor, record);
        checkEverySurface(cycle, "reviewRecord", supervisee, "REC-" + suffix);

        // the supervisee disputes it: the statement open for the supervisor to answer
        complete(path, cycle, "reviewRecord", supervisee, Map.of("recordConfirmed", false,
                "superviseeStatement", "DSP-" + suffix + " I never agreed to the transfer"));
        checkEverySurface(cycle, "answerDispute", supervisor, "DSP-" + suffix);

        // a direct observation planned at the signing: booked, observed and recorded; open for the reflection
        List<String> observations = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("direct-observation").processInstanceBusinessKey(supervisee).list().stream()
                .map(o -> o.getId()).toList();
        observations.forEach(driver::runDueJobs); // the first one's booking opens at the signing
        String observation = observations.stream()
                .filter(id -> engine.getTaskService().createTaskQuery().processInstanceId(id).count() > 0)
                .findFirst().orElseThrow();
        complete(path, observation, "bookObservation", supervisor, Map.of("observationDate", "2026-12-01",
                "observationTime", "10:00", "place", "OBS-" + suffix + " the family home"));
        driver.today(LocalDate.of(2026, 12, 2), observation);
        Map<String, Object> observed = new LinkedHashMap<>(Map.of("heldOn", "2026-12-01"));
        marked(observed, "OBS-" + suffix, "whatWasObserved", "strengths", "areasToDevelop");
        complete(path, observation, "recordObservation", supervisor, observed);
        checkEverySurface(observation, "addReflection", supervisee, "OBS-" + suffix);

        // the reflection, then the feedback discussed at the next session: open for both signatures
        Map<String, Object> reflection = new LinkedHashMap<>();
        marked(reflection, "REF-" + suffix, "reflection");
        complete(path, observation, "addReflection", supervisee, reflection);
        driver.runDueJobs(cycle);
        LocalDate nextSession = LocalDate.of(2026, 12, 28);
        complete(path, cycle, "bookSession", supervisor, Map.of("sessionDate", nextSession.toString(), "sessionTime", "10:00",
                "place", "Room 4, Civic Centre"));
        driver.today(nextSession, cycle);
        complete(path, cycle, "recordSession", supervisor, SessionTestSupport.held(nextSession, "the observation"));
        checkEverySurface(observation, "signFeedback", supervisor, "REF-" + suffix);
        complete(path, observation, "signFeedback", supervisor, Map.of("feedbackDiscussed", true));
        checkEverySurface(observation, "workerSignsFeedback", supervisee, "REF-" + suffix);

        // a conflict raised on the start form: open for the supervisor's response
        Map<String, Object> concern = new LinkedHashMap<>(Map.of("supervisionType", "MANAGEMENT", "concern", "QUALITY"));
        marked(concern, "CNF-" + suffix, "description", "desiredOutcome");
        String conflict = start(path, "conflict-escalation", supervisee, concern);
        checkEverySurface(conflict, "supervisorResponds", supervisor, "CNF-" + suffix);

        // a training request on its start form: open for the line manager's decision
        Map<String, Object> training = new LinkedHashMap<>(Map.of("category", "COURSE", "cost", "120"));
        marked(training, "TRN-" + suffix, "title", "provider", "learningObjective");
        String request = start(path, "training-request", supervisee, training);
        checkEverySurface(request, "lineManagerDecides", supervisor, "TRN-" + suffix);

        // a supervision group facilitated by the supervisor: the group record, then the member's own-record items
        HttpResponse<String> created = WebClient.basic(port, supervisor, PASSWORD).post("/api/groups", "application/json",
                "{\"name\":\"Team " + suffix + " casework\",\"kind\":\"GROUP_CASEWORK\",\"meets\":\"WEEKLY\","
                        + "\"facilitatorId\":\"" + supervisor + "\",\"memberIds\":[\"" + supervisee + "\"],"
                        + "\"firstSessionOn\":\"2026-12-30\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String group = readJson(created.body()).get("processInstanceId").asText();
        complete(path, group, "bookGroupSession", supervisor, Map.of("sessionDate", "2026-12-30", "sessionTime", "09:30",
                "place", "Room 1"));
        driver.today(LocalDate.of(2026, 12, 31), group);
        Map<String, Object> groupRecord = new LinkedHashMap<>(Map.of("heldOn", "2026-12-30"));
        marked(groupRecord, "GRP-" + suffix, "themesDiscussed", "sharedLearning", "groupActions");
        complete(path, group, "recordGroupSession", supervisor, groupRecord);
        checkEverySurface(group, "recordMemberItems", supervisor, "GRP-" + suffix);
        Map<String, Object> memberItems = new LinkedHashMap<>(Map.of("memberAttended", "true"));
        marked(memberItems, "ITM-" + suffix, "ownRecordItems", "learningNeeds");
        complete(path, group, "recordMemberItems", supervisor, memberItems);
        checkEverySurface(group, "bookGroupSession", supervisor, "ITM-" + suffix);

        // the text did reach the product's records, where access is checked and logged
        assertThat(WebClient.basic(port, supervisee, PASSWORD).get("/api/staff/" + supervisee + "/agreements").body())
                .contains("AGR-" + suffix);
        assertThat(WebClient.basic(port, supervisee, PASSWORD).get("/api/conflicts").body()).contains("CNF-" + suffix);
        assertThat(WebClient.basic(port, supervisee, PASSWORD).get("/api/staff/" + supervisee + "/group-session-items")
                .body()).contains("ITM-" + suffix);

        System.out.printf("Form content on engine surfaces (%s): %d checks, %d leaks%n", path, checks, leaks.size());
        assertThat(leaks).as("form text readable where it must not be").isEmpty();
    }

    /** Every role reads every engine surface while the task showing {@code marker} is open. */
    private void checkEverySurface(String processInstanceId, String openTask, String assignee, String marker) {
        Task task = driver.task(processInstanceId, openTask);
        assertThat(task.getAssignee()).isEqualTo(assignee);
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put(assignee, PASSWORD);
        // the other party, another supervisor and supervisee, the line manager above, another manager, HR,
        // a director, an auditor, and the administrator
        for (String other : List.of(supervisorOf(assignee), superviseeOf(assignee), "pjones", "eclark", "rkhan", "lwilson",
                "hbaker", "dmorgan", "alee")) {
            readers.putIfAbsent(other, PASSWORD);
        }
        readers.put("admin", "test-admin-password");
        for (Map.Entry<String, String> reader : readers.entrySet()) {
            boolean isAssignee = reader.getKey().equals(assignee);
            boolean isAdministrator = reader.getKey().equals("admin");
            WebClient rest = WebClient.basic(port, reader.getKey(), reader.getValue());
            for (String surface : historySurfaces(processInstanceId)) {
                look(rest.get(surface), reader.getKey(), surface, marker);
            }
            if (isAssignee || isAdministrator) {
                continue; // the task's own variables are theirs to read; administrators bypass the checks
            }
            for (String surface : runtimeSurfaces(processInstanceId, task.getId())) {
                look(rest.get(surface), reader.getKey(), surface, marker);
            }
            WebClient browser = WebClient.browser(port, reader.getKey(), reader.getValue());
            String webapp = "/camunda/api/engine/engine/default";
            look(browser.get(webapp + "/variable-instance?processInstanceIdIn=" + processInstanceId), reader.getKey(),
                    "Cockpit's variables (GET)", marker);
            look(browser.webappPost(webapp + "/variable-instance?deserializeValues=false",
                    "{\"processInstanceIdIn\":[\"" + processInstanceId + "\"]}"), reader.getKey(), "Cockpit's variables", marker);
            look(browser.get(webapp + "/history/detail?processInstanceId=" + processInstanceId), reader.getKey(),
                    "Cockpit's history details", marker);
            look(browser.get(webapp + "/task/" + task.getId() + "/form-variables"), reader.getKey(), "Tasklist's form", marker);
            look(browser.get("/camunda/api/cockpit/plugin/base/default/process-instance/" + processInstanceId
                    + "/called-process-instances"), reader.getKey(), "Cockpit's plugin API", marker);
        }
    }

    private static String supervisorOf(String user) {
        return user.replace("cfsw", "cfsup");
    }

    private static String superviseeOf(String user) {
        return user.replace("cfsup", "cfsw");
    }

    private static List<String> historySurfaces(String instance) {
        return List.of("/engine-rest/history/detail?processInstanceId=" + instance,
                "/engine-rest/history/detail?variableUpdates=false&formFields=true",
                "/engine-rest/history/variable-instance?processInstanceId=" + instance,
                "/engine-rest/history/task?processInstanceId=" + instance,
                "/engine-rest/history/activity-instance?processInstanceId=" + instance,
                "/engine-rest/history/user-operation?processInstanceId=" + instance,
                "/engine-rest/history/process-instance/" + instance);
    }

    private static List<String> runtimeSurfaces(String instance, String openTask) {
        return List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instance,
                "/engine-rest/process-instance/" + instance + "/variables",
                "/engine-rest/task?processInstanceId=" + instance,
                "/engine-rest/task/" + openTask + "/variables",
                "/engine-rest/task/" + openTask + "/form-variables",
                "/engine-rest/execution?processInstanceId=" + instance);
    }

    private void look(HttpResponse<String> answer, String reader, String surface, String marker) {
        checks++;
        assertThat(answer.statusCode()).as(reader + " " + surface).isLessThan(500);
        if (answer.body().contains(marker)) {
            leaks.add(reader + " read " + marker + " through " + surface);
        }
    }

    private void complete(WritePath path, String processInstanceId, String taskKey, String userId, Map<String, Object> form) {
        Task task = driver.task(processInstanceId, taskKey);
        String body = variables(form);
        HttpResponse<String> answer = path == WritePath.COMPLETE
                ? WebClient.basic(port, userId, PASSWORD).post("/engine-rest/task/" + task.getId() + "/complete",
                        "application/json", body)
                : WebClient.browser(port, userId, PASSWORD).webappPost(
                        "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", body);
        assertThat(answer.statusCode()).as(taskKey + " by " + userId + ": " + answer.body()).isEqualTo(204);
        driver.runDueJobs(processInstanceId);
    }

    private String start(WritePath path, String processKey, String userId, Map<String, Object> form) {
        String body = variables(form);
        HttpResponse<String> answer = path == WritePath.COMPLETE
                ? WebClient.basic(port, userId, PASSWORD).post("/engine-rest/process-definition/key/" + processKey + "/start",
                        "application/json", body)
                : WebClient.browser(port, userId, PASSWORD).webappPost(
                        "/camunda/api/engine/engine/default/process-definition/key/" + processKey + "/submit-form", body);
        assertThat(answer.statusCode()).as(processKey + " by " + userId + ": " + answer.body()).isEqualTo(200);
        try {
            String id = JSON.readTree(answer.body()).get("id").asText();
            driver.runDueJobs(id);
            return id;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String variables(Map<String, Object> form) {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        try {
            return JSON.writeValueAsString(Map.of("variables", variables));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void marked(Map<String, Object> form, String marker, String... fields) {
        for (String field : fields) {
            form.put(field, marker + " (" + field + ") private words about a family");
        }
    }

    private String instance(String processKey, String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private void team(String supervisor, String supervisee) {
        Teams.importTeam(directory, Teams.supervisor(supervisor, "Cara", "Sup"),
                Teams.supervisee(supervisee, "Cal", "Worker", "SOCIAL_WORKER", LocalDate.of(2022, 1, 10)));
        Teams.logins(identity, PASSWORD, supervisor, supervisee);
    }
}
