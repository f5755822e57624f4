package org.supervision.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.supervision.learning.LearningNeedCollector;
import org.supervision.learning.PlanItem;
import org.supervision.staff.StaffDirectoryImport;
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
 * A weekly group casework group through two sessions with concrete dates: set up by a
 * supervisor, booked, recorded (the group record, then each member's attendance and own-record
 * items), the next session due a week after the last; attendance counted per person; the
 * own-record items readable by the member and their supervisor only; and the agreement of a
 * member that names the group, at 1:1 every 6 weeks.
 */
@IntegrationTest
@AlsoOnPostgres
class GroupSupervisionProcessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate SET_UP = LocalDate.of(2027, 1, 4);
    static final String PASSWORD = "group-pw";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired SupervisionGroupRepository groups;
    @Autowired ProcessDriver driver;
    @Autowired LearningNeedCollector learningNeeds;
    @LocalServerPort int port;

    @Test
    void aWeeklyGroupCaseworkGroupIsBookedRecordedAndCountedAndEachMembersItemsStayWithThemAndTheirSupervisor()
            throws Exception {
        Fixtures.today(SET_UP);
        Teams.importTeam(directory, Teams.supervisor("grfac", "Gina", "Facilitator"),
                Teams.supervisee("grsw1", "Ada", "First", "SOCIAL_WORKER", LocalDate.of(2022, 3, 1)),
                Teams.supervisee("grsw2", "Ben", "Second", "SOCIAL_WORKER", LocalDate.of(2021, 9, 6)));
        Teams.importTeam(directory, Teams.supervisor("grother", "Olu", "Other"),
                Teams.supervisee("grsw3", "Cat", "Third", "EXPERIENCED_SOCIAL_WORKER", LocalDate.of(2019, 5, 13)));
        Teams.logins(identity, PASSWORD, "grfac", "grsw1", "grsw2", "grother", "grsw3");
        long groupsBefore = groups.count();

        // set up: only a manager or supervisor; bad input is refused naming the field, nothing stored
        assertThat(post("grsw1", group("WEEKLY", "GROUP_CASEWORK", "grsw2")).statusCode()).isEqualTo(403);
        HttpResponse<String> badKind = post("grfac", group("WEEKLY", "CASEWORK_CIRCLE", "grsw1"));
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badKind.body()).get("field").asText()).isEqualTo("kind");
        HttpResponse<String> unknown = post("grfac", group("WEEKLY", "GROUP_CASEWORK", "grsw1", "nobody"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("memberIds", "nobody");
        assertThat(groups.count()).as("nothing half-stored").isEqualTo(groupsBefore);

        HttpResponse<String> created = post("grfac", group("WEEKLY", "GROUP_CASEWORK", "grsw1", "grsw2", "grsw3"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String instance = JSON.readTree(created.body()).get("processInstanceId").asText();

        // the first session: due on the day the group starts, booked by the facilitator
        Task booking = driver.task(instance, "bookGroupSession");
        assertThat(booking.getAssignee()).isEqualTo("grfac");
        assertThat(booking.getName()).isEqualTo("Facilitator books group session – Children's team A");
        assertThat(booking.getDueDate()).as("by the end of 6 January").isEqualTo(at(LocalDate.of(2027, 1, 7), 0));
        assertThat(tasks.getVariablesLocal(booking.getId())).containsEntry("dueOn", "6 January 2027")
                .containsEntry("lastSessionOn", "None yet: this is the first session")
                .containsEntry("groupMembers", "Ada First\nBen Second\nCat Third");
        driver.complete(booking, "grfac", Map.of("sessionDate", "2027-01-06", "sessionTime", "10:00",
                "place", "Room 2, Civic Centre"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).as("not held yet").isZero();

        heldAt(LocalDate.of(2027, 1, 6), instance);
        Task recording = driver.task(instance, "recordGroupSession");
        WebClient workspace = WebClient.browser(port, "grfac", PASSWORD);
        HttpResponse<String> page = workspace.get("/tasks/" + recording.getId());
        assertThat(page.statusCode()).as("the workspace's task page").isEqualTo(200);
        assertThat(page.body()).contains("Facilitator records group session", "individual case detail", "Ada First",
                "Cat Third", "Themes discussed together");
        assertThatThrownBy(() -> driver.complete(recording, "grfac", Map.of("heldOn", "2027-01-06",
                "sharedLearning", "GRP-LEARN Motivational interviewing")))
                .hasMessageContaining("themesDiscussed: is required");
        driver.complete(recording, "grfac", Map.of("heldOn", "2027-01-06",
                "themesDiscussed", "GRP-THEMES Working with resistance", "sharedLearning", "GRP-LEARN Motivational interviewing"));

        List<Task> perMember = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("recordMemberItems")
                .list();
        assertThat(perMember).as("one per member").hasSize(3).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("grfac"));
        Task absentWithItems = memberTask(instance, "Cat Third");
        assertThat(absentWithItems.getName())
                .isEqualTo("Facilitator records attendance and own-record items – Cat Third, Children's team A");
        assertThat(workspace.get("/tasks/" + absentWithItems.getId()).body())
                .contains("Did they attend?", "Cat Third", "Items for their own supervision record");
        assertThatThrownBy(() -> driver.complete(absentWithItems, "grfac", Map.of("memberAttended", "false",
                "ownRecordItems", "ITEM-3 should not be kept")))
                .hasMessageContaining("ownRecordItems: leave it empty for a member who did not attend");
        recordMember(instance, "Ada First", true, "ITEM-1 Take the genogram to your 1:1", "Genograms");
        recordMember(instance, "Ben Second", true, "ITEM-2 Ask about the court timetable", null);
        recordMember(instance, "Cat Third", false, null, null);

        // the next session: due a week after the one held
        Task next = driver.task(instance, "bookGroupSession");
        assertThat(tasks.getVariablesLocal(next.getId())).containsEntry("dueOn", "13 January 2027")
                .containsEntry("lastSessionOn", "6 January 2027");
        driver.complete(next, "grfac", Map.of("sessionDate", "2027-01-13", "sessionTime", "10:00", "place", "Room 2"));
        heldAt(LocalDate.of(2027, 1, 13), instance);
        driver.complete(instance, "recordGroupSession", "grfac", Map.of("heldOn", "2027-01-13",
                "themesDiscussed", "GRP-THEMES Thresholds", "sharedLearning", "GRP-LEARN The new guidance"));
        recordMember(instance, "Ada First", false, null, null);
        recordMember(instance, "Ben Second", true, null, null);
        recordMember(instance, "Cat Third", true, null, "Court skills");
        assertThat(tasks.getVariablesLocal(driver.task(instance, "bookGroupSession").getId()))
                .containsEntry("dueOn", "20 January 2027");

        // the engine keeps ids only
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).as("ids only")
                .isSubsetOf("groupId", "groupSessionId", "groupMemberId");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).list()).extracting(Object::toString)
                .noneMatch(d -> d.contains("GRP-") || d.contains("ITEM-") || d.contains("Genograms"));

        // attendance, counted per person: readable like the rest of their supervision
        HttpResponse<String> attendance = get("grfac", "/api/staff/grsw1/group-attendance");
        assertThat(attendance.statusCode()).isEqualTo(200);
        assertThat(attendance.body()).as("dates and counts only").doesNotContain("GRP-", "ITEM-", "Genograms");
        JsonNode ada = JSON.readTree(attendance.body()).get(0);
        assertThat(ada.get("groupName").asText()).isEqualTo("Children's team A");
        assertThat(ada.get("countsTowardsOneToOne").asBoolean()).isTrue();
        assertThat(ada.get("held").asInt()).isEqualTo(2);
        assertThat(ada.get("attended").asInt()).isEqualTo(1);
        assertThat(ada.get("attendedOn").toString()).isEqualTo("[\"2027-01-06\"]");
        assertThat(ada.get("missedOn").toString()).isEqualTo("[\"2027-01-13\"]");
        assertThat(ada.get("months").get(0).get("month").asText()).isEqualTo("2027-01");
        assertThat(ada.get("months").get(0).get("missed").asInt()).isEqualTo(1);
        assertThat(get("grother", "/api/staff/grsw1/group-attendance").statusCode())
                .as("another team's supervisor").isEqualTo(403);

        // own-record items: the member and their supervisor, nobody else
        HttpResponse<String> own = get("grsw1", "/api/staff/grsw1/group-session-items");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("ITEM-1 Take the genogram", "Genograms").doesNotContain("ITEM-2", "GRP-");
        assertThat(get("grfac", "/api/staff/grsw1/group-session-items").body()).contains("ITEM-1");
        assertThat(get("grsw2", "/api/staff/grsw1/group-session-items").statusCode()).as("another member").isEqualTo(403);
        assertThat(WebClient.basic(port, "rkhan", "demo").get("/api/staff/grsw1/group-session-items").statusCode()).as("the line above").isEqualTo(403);
        assertThat(get("grfac", "/api/staff/grsw3/group-session-items").statusCode())
                .as("the facilitator, who does not supervise this member").isEqualTo(403);
        assertThat(get("grother", "/api/staff/grsw3/group-session-items").body()).contains("Court skills");

        // the learning needs a group session identified go to that member's learning and development plan
        assertThat(learningNeeds.collect("grsw3")).filteredOn(item -> item.getSource().equals("GROUP_SESSION"))
                .extracting(PlanItem::getNeed).containsExactly("Court skills");
    }

    @Test
    void anAgreementNamingTheWeeklyGroupCaseworkAllowsOneToOneEverySixWeeksAndSaysSo() throws Exception {
        LocalDate today = LocalDate.of(2027, 2, 1);
        Fixtures.today(today);
        Teams.importTeam(directory, Teams.supervisor("gasup", "Gwen", "Agreeing"),
                Teams.supervisee("gasw", "Dev", "Member", "SOCIAL_WORKER", LocalDate.of(2020, 4, 6)));
        Teams.logins(identity, PASSWORD, "gasup", "gasw");
        assertThat(post("gasup", group("WEEKLY", "GROUP_CASEWORK", "gasw").replace("Children's team A", "Adults east"))
                .statusCode()).isEqualTo(201);

        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("gasw").singleResult().getId();
        Task draft = driver.task(agreement, "draftAgreement");
        assertThat(tasks.getVariablesLocal(draft.getId()))
                .containsEntry("groupCaseworkGroup", "Adults east, facilitated by Gwen Agreeing");
        Map<String, Object> form = new HashMap<>(AgreementForms.draft(42, today.plusDays(7), today));
        form.put("groupCaseworkSupervision", true);
        driver.complete(draft, "gasup", form);
        driver.complete(agreement, "reviewAgreement", "gasw", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "gasup", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "gasw", Map.of("signatureConfirmed", true));

        HttpResponse<String> answer = get("gasw", "/api/staff/gasw/agreements");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode signed = JSON.readTree(answer.body()).get(0);
        assertThat(signed.get("minimumIntervalDays").asInt()).as("the policy's 4-6 weeks").isEqualTo(42);
        assertThat(signed.get("frequencyDaysInForce").asInt()).isEqualTo(42);
        assertThat(signed.get("groupCaseworkGroupName").asText()).isEqualTo("Adults east");
        assertThat(signed.get("frequencyInWords").asText())
                .isEqualTo("1:1 every 6 weeks, with weekly group casework (Adults east)");
        assertThat(WebClient.browser(port, "gasw", PASSWORD).get("/my-supervision").body())
                .as("the supervisee's own page").contains("Every 6 weeks, with weekly group casework (Adults east)");
        assertThat(WebClient.browser(port, "gasup", PASSWORD).get("/supervisees/gasw").body())
                .as("the supervisor's page of the supervisee").contains("with weekly group casework (Adults east)");
    }

    private void recordMember(String instance, String name, boolean attended, String items, String needs) {
        Map<String, Object> form = new HashMap<>();
        form.put("memberAttended", String.valueOf(attended));
        if (items != null) {
            form.put("ownRecordItems", items);
        }
        if (needs != null) {
            form.put("learningNeeds", needs);
        }
        driver.complete(memberTask(instance, name), "grfac", form);
    }

    private Task memberTask(String instance, String name) {
        driver.runDueJobs(instance);
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("recordMemberItems").list().stream()
                .filter(t -> name.equals(tasks.getVariableLocal(t.getId(), "memberName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no attendance task for " + name));
    }

    /** The clock an hour after a 10:00 session on that day, and what fell due. */
    private void heldAt(LocalDate day, String instance) {
        Fixtures.today(day);
        ClockUtil.setCurrentTime(at(day, 11));
        driver.runDueJobs(instance);
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(LONDON).toInstant());
    }

    private static String group(String meets, String kind, String... members) {
        return "{\"name\":\"Children's team A\",\"kind\":\"" + kind + "\",\"meets\":\"" + meets
                + "\",\"facilitatorId\":\"" + (members.length > 0 && members[0].startsWith("ga") ? "gasup" : "grfac")
                + "\",\"firstSessionOn\":\"" + (members[0].startsWith("ga") ? "2027-02-03" : "2027-01-06")
                + "\",\"memberIds\":[\"" + String.join("\",\"", members) + "\"]}";
    }

    private HttpResponse<String> post(String user, String json) {
        return WebClient.basic(port, user, PASSWORD).post("/api/groups", "application/json", json);
    }

    private HttpResponse<String> get(String user, String path) {
        return WebClient.basic(port, user, PASSWORD).get(path);
    }
}
