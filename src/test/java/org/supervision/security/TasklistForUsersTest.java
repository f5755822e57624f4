package org.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.supervision.conflict.ConflictCase;
import org.supervision.conflict.ConflictCases;
import org.supervision.session.SessionTestSupport;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people see in Tasklist, through the REST path Tasklist itself calls: tasks say whom
 * they are about and when they are due, the role filters list and show what their names
 * promise, and a refused form says what is wrong in the form's own words.
 */
@IntegrationTest
class TasklistForUsersTest {

    static final String PASSWORD = "demo";
    static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired ProcessDriver driver;
    @Autowired SupervisionClock clock;
    @Autowired ConflictCases conflicts;
    @Autowired AuthorizationSetup setup;

    @Test
    void aSupervisorsTasksEachNameTheirSuperviseeInTasklist() throws IOException {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, Teams.supervisor("tlsup1", "Tara", "Lead"),
                Teams.supervisee("tlemma", "Emma", "Stone", "SOCIAL_WORKER", LocalDate.of(2022, 1, 10)),
                Teams.supervisee("tljack", "Jack", "Hill", "SOCIAL_WORKER", LocalDate.of(2022, 1, 10)));
        Teams.logins(identity, PASSWORD, "tlsup1");

        Task emmas = driver.task(agreementOf("tlemma"), "draftAgreement");
        Task jacks = driver.task(agreementOf("tljack"), "draftAgreement");

        assertThat(emmas.getName()).isEqualTo("Supervisor drafts agreement – Emma Stone");
        assertThat(jacks.getName()).isEqualTo("Supervisor drafts agreement – Jack Hill");
        JsonNode mine = JSON.readTree(WebClient.browser(port, "tlsup1", PASSWORD)
                .get(TASKLIST_API + "/task?assignee=tlsup1").body());
        assertThat(mine.findValuesAsText("name")).as("Tasklist's list of her tasks")
                .contains("Supervisor drafts agreement – Emma Stone", "Supervisor drafts agreement – Jack Hill");
    }

    @Test
    void sessionTasksAreDueWhenThePolicySaysAndARefusedFormNamesTheFieldByItsLabel() throws IOException {
        LocalDate today = LocalDate.of(2026, 11, 23);
        LocalDate firstSession = LocalDate.of(2026, 11, 30);
        Fixtures.today(today);
        Teams.importTeam(directory, Teams.supervisor("tlsup2", "Omar", "Reed"),
                Teams.supervisee("tlnina", "Nina", "Shah", "SOCIAL_WORKER", LocalDate.of(2022, 1, 10)));
        Teams.logins(identity, PASSWORD, "tlsup2");
        String agreement = agreementOf("tlnina");
        Task draft = driver.task(agreement, "draftAgreement");
        assertThat(draft.getDueDate()).as("the negotiation's 20 working days, as its timer")
                .isEqualTo(clock.endOf(LocalDate.of(2026, 12, 21)));
        driver.complete(draft, "tlsup2", AgreementForms.draft(28, firstSession, today));
        Task review = driver.task(agreement, "reviewAgreement");
        assertThat(review.getDueDate()).as("the same, though the supervisor opened it").isEqualTo(draft.getDueDate());
        driver.complete(review, "tlnina", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "tlsup2", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "tlnina", Map.of("signatureConfirmed", true));
        String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("tlnina").singleResult().getId();

        Task booking = driver.task(cycle, "bookSession");
        assertThat(booking.getName()).isEqualTo("Supervisor books session – Nina Shah");
        assertThat(booking.getDueDate()).as("booked by the end of the day the session is due")
                .isEqualTo(clock.endOf(firstSession));

        HttpResponse<String> refused = WebClient.browser(port, "tlsup2", PASSWORD).webappPost(
                TASKLIST_API + "/task/" + booking.getId() + "/submit-form", """
                {"variables": {"sessionDate": {"value": "2026-11-30"}, "sessionTime": {"value": "25:00"},
                 "place": {"value": "Room 4"}}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("message").asText())
                .as("what Tasklist shows: the field's label, plain words")
                .isEqualTo("Start time (HH:MM): '25:00' is not a time in the form HH:MM, e.g. 10:30")
                .doesNotContain("ENGINE-", "Exception", "org.", "sessionTime");

        driver.complete(booking, "tlsup2", SessionTestSupport.booking(firstSession));
        assertThat(driver.task(cycle, "recordSession").getDueDate()).as("recorded on the day it is held")
                .isEqualTo(clock.endOf(firstSession));
        driver.today(firstSession, cycle);
        driver.complete(cycle, "recordSession", "tlsup2", SessionTestSupport.held(firstSession, "the audit"));
        Task confirmation = driver.task(cycle, "reviewRecord");
        assertThat(confirmation.getName()).isEqualTo("Supervisee confirms or disputes record – Nina Shah");
        assertThat(confirmation.getDueDate()).as("10 working days, when the supervisor's reminder falls due")
                .isEqualTo(clock.endOf(LocalDate.of(2026, 12, 14)));
    }

    @Test
    void hrSeesTheStageDeadlineAndDaysOpenAndTheLineManagerSeesTheThreeWayMeetingInTheirFilters() throws IOException {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, Teams.supervisor("tlsup3", "Ann", "Wells"),
                Teams.supervisee("tlleo", "Leo", "Park", "SOCIAL_WORKER", LocalDate.of(2022, 1, 10)));
        ConflictCase raised = conflicts.raise("tlleo", concern());
        String process = raised.getProcessInstanceId();
        driver.complete(process, "supervisorResponds", "tlsup3", response());

        Task booking = driver.task(process, "lineManagerBooksMeeting");
        assertThat(booking.getAssignee()).as("the supervisor's line manager").isEqualTo("rkhan");
        assertThat(booking.getName()).isEqualTo("Line manager books three-way meeting – Leo Park");
        String managers = filterId(AuthorizationSetup.MANAGERS_ESCALATIONS);
        assertThat(WebClient.browser(port, "rkhan", PASSWORD).webappPost(TASKLIST_API + "/filter/" + managers + "/list", "{}")
                .body()).as("Managers: escalations").contains(booking.getId());

        driver.complete(booking, "rkhan", Map.of("meetingDate", "2026-11-26", "meetingTime", "14:00", "meetingPlace", "Room 2"));
        Fixtures.today(LocalDate.of(2026, 11, 26));
        driver.complete(process, "lineManagerRecordsOutcome", "rkhan", Map.of("meetingHeldOn", "2026-11-26",
                "meetingSummary", "Both views heard", "agreedActions", "Try fortnightly for a month"));
        driver.complete(process, "superviseeAnswersThreeWay", "tlleo", answer(false));
        driver.complete(process, "supervisorAnswersThreeWay", "tlsup3", answer(true));
        Task hr = driver.task(process, "hrMediates");
        assertThat(hr.getName()).isEqualTo("HR mediates and records the outcome – Leo Park");

        String escalated = filterId("Escalated supervision conflicts");
        WebClient helen = WebClient.browser(port, "hbaker", PASSWORD);
        assertThat(shownVariables(helen, escalated, hr.getId()))
                .containsEntry("stage", "3").containsEntry("workingDaysOpen", "3")
                .containsEntry("stageDeadline", "2026-12-10");

        driver.today(LocalDate.of(2026, 11, 27), process);
        assertThat(shownVariables(helen, escalated, hr.getId())).as("counted again every night")
                .containsEntry("workingDaysOpen", "4");
    }

    @Test
    void anInstallationFromBeforeGetsTheManagersFilterRedefinedInPlace() {
        Filter filter = filters.createFilterQuery().filterName(AuthorizationSetup.MANAGERS_ESCALATIONS).singleResult();
        Map<String, Object> before = new HashMap<>(filter.getProperties());
        before.put("description", "Tasks offered to all managers");
        filters.saveFilter(filter.setQuery(tasks.createTaskQuery().taskCandidateGroup("managers")).setProperties(before));

        setup.grant();

        Filter after = filters.getFilter(filter.getId());
        assertThat(after.getProperties().get("description")).asString().startsWith("Escalations routed to me");
        assertThat(filters.createFilterQuery().filterName(AuthorizationSetup.MANAGERS_ESCALATIONS).count()).isEqualTo(1);
        assertThat(WebClient.browser(port, "rkhan", PASSWORD).get(TASKLIST_API + "/filter/" + filter.getId()).body())
                .as("the query as Tasklist reads it").contains("lineManagerBooksMeeting", "${currentUser()}")
                .doesNotContain("candidateGroup");
    }

    @Test
    void everyEscalationTheManagersFilterListsIsAUserTaskOfTheModels() throws IOException {
        String models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = String.join("\n", files.filter(f -> f.toString().endsWith(".bpmn")).map(TasklistForUsersTest::read).toList());
        }
        for (String key : AuthorizationSetup.ESCALATIONS_TO_MANAGERS) {
            assertThat(models).as(key).containsPattern("<userTask [^>]*id=\"" + key + "\"");
        }
    }

    /** The variables Tasklist shows for one task of a filter, as Tasklist fetches them. */
    private Map<String, String> shownVariables(WebClient client, String filterId, String taskId) throws IOException {
        HttpResponse<String> list = client.webappPostHal(TASKLIST_API + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}");
        assertThat(list.statusCode()).isEqualTo(200);
        Map<String, String> shown = new HashMap<>();
        for (JsonNode task : JSON.readTree(list.body()).path("_embedded").path("task")) {
            if (task.path("id").asText().equals(taskId)) {
                for (JsonNode variable : task.path("_embedded").path("variable")) {
                    shown.put(variable.path("name").asText(), variable.path("value").asText());
                }
                return shown;
            }
        }
        throw new AssertionError("task " + taskId + " not in the filter's list: " + list.body());
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private String agreementOf(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(staffId).singleResult().getId();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> concern() {
        return new HashMap<>(Map.of("supervisionType", "MANAGEMENT", "concern", "QUANTITY",
                "description", "Sessions keep being moved", "desiredOutcome", "Sessions that happen"));
    }

    private static Map<String, Object> response() {
        Map<String, Object> form = new HashMap<>();
        form.put("meetingHeldOn", null);
        form.put("response", "I accept that sessions were moved");
        form.put("proposedResolution", "A fixed day each month");
        form.put("referToThreeWay", true);
        form.put("reviewAgreement", false);
        return form;
    }

    private static Map<String, Object> answer(boolean resolved) {
        Map<String, Object> form = new HashMap<>();
        form.put("resolvedAnswer", resolved);
        form.put("statement", resolved ? null : "Nothing changed");
        return form;
    }
}
