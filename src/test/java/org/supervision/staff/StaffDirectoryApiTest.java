package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;

/** HR and administrators read the directory back through the API, and can download it as the import's files. */
@IntegrationTest
class StaffDirectoryApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directoryImport;

    @Test
    void hrReadsOnePersonWithTheImportsAttributesAndNoRecordContent() throws Exception {
        directoryImport.importStaff(new StringReader(StaffDirectoryImportTest.HEADER
                + "sdlead,Sadia,Lead,sadia.lead@example.org,MANAGER,2019-04-01,37,rkhan,,\n"
                + "sdpart,Pip,Parttime,pip.parttime@example.org,ASYE,2026-09-07,22.5,sdlead,LEARNING,2027-08-31\n"));
        directoryImport.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "sdpart,sdlead,MANAGEMENT,2026-09-07,\n"));

        HttpResponse<String> answer = WebClient.basic(port, "hbaker", "demo").get("/api/staff/sdpart");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode person = JSON.readTree(answer.body());
        assertThat(person.get("id").asText()).isEqualTo("sdpart");
        assertThat(person.get("firstName").asText()).isEqualTo("Pip");
        assertThat(person.get("lastName").asText()).isEqualTo("Parttime");
        assertThat(person.get("email").asText()).isEqualTo("pip.parttime@example.org");
        assertThat(person.get("category").asText()).isEqualTo("ASYE");
        assertThat(person.get("startDate").asText()).isEqualTo("2026-09-07");
        assertThat(person.get("hoursPerWeek").decimalValue()).isEqualByComparingTo("22.5");
        assertThat(person.get("lineManagerId").asText()).isEqualTo("sdlead");
        assertThat(person.get("roles").toString()).isEqualTo("[\"LEARNING\"]");
        assertThat(person.get("leftOn").asText()).isEqualTo("2027-08-31");
        assertThat(person.get("supervisors").get(0).get("supervisorId").asText()).isEqualTo("sdlead");
        assertThat(person.get("supervisors").get(0).get("type").asText()).isEqualTo("MANAGEMENT");
        assertThat(person.get("supervisors").get(0).get("validFrom").asText()).isEqualTo("2026-09-07");
        assertThat(answer.body()).doesNotContain("agreement", "session", "record", "lifecycle");

        assertThat(WebClient.basic(port, "hbaker", "demo").get("/api/staff/nosuchperson").statusCode()).isEqualTo(404);
    }

    @Test
    void theListFiltersByLineManagerCategoryStatusAndSupervisorAndPages() throws Exception {
        directoryImport.importStaff(new StringReader(StaffDirectoryImportTest.HEADER
                + "sfboss,Fay,Boss,fay.boss@example.org,MANAGER,2018-01-08,37,rkhan,,\n"
                + "sfaone,Al,One,al.one@example.org,SOCIAL_WORKER,2021-01-04,37,sfboss,,\n"
                + "sfatwo,Bo,Two,bo.two@example.org,SOCIAL_WORKER,2021-01-04,37,sfboss,,\n"
                + "sfgone,Cy,Gone,cy.gone@example.org,SOCIAL_WORKER,2020-01-06,37,sfboss,,2024-03-31\n"
                + "sfpeer,Di,Peer,di.peer@example.org,PEER_WORKER,2022-05-03,30,sfboss,,\n"));
        directoryImport.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "sfaone,sfboss,MANAGEMENT,2021-01-04,\n" + "sfatwo,sfboss,MANAGEMENT,2021-01-04,2022-01-03\n"));
        WebClient admin = WebClient.basic(port, "admin", "test-admin-password");

        assertThat(ids(admin, "/api/staff?lineManager=sfboss")).isEqualTo("[sfaone, sfatwo, sfgone, sfpeer]");
        assertThat(ids(admin, "/api/staff?lineManager=sfboss&status=ACTIVE")).isEqualTo("[sfaone, sfatwo, sfpeer]");
        assertThat(ids(admin, "/api/staff?lineManager=sfboss&status=LEFT")).isEqualTo("[sfgone]");
        assertThat(ids(admin, "/api/staff?lineManager=sfboss&category=PEER_WORKER")).isEqualTo("[sfpeer]");
        assertThat(ids(admin, "/api/staff?supervisor=sfboss")).as("today's relationships only").isEqualTo("[sfaone]");

        JsonNode second = JSON.readTree(admin.get("/api/staff?lineManager=sfboss&size=3&page=1").body());
        assertThat(second.get("total").asInt()).isEqualTo(4);
        assertThat(second.get("items").findValuesAsText("id")).containsExactly("sfpeer");

        HttpResponse<String> badCategory = admin.get("/api/staff?category=WIZARD");
        assertThat(badCategory.statusCode()).isEqualTo(400);
        assertThat(badCategory.body()).contains("\"field\":\"category\"");
        HttpResponse<String> badSize = admin.get("/api/staff?size=0");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.body()).contains("size");
    }

    @Test
    void theDownloadedFilesImportAgainWithoutChangingAnything() {
        WebClient hr = WebClient.basic(port, "hbaker", "demo");

        HttpResponse<String> staffFile = hr.get("/api/staff.csv");
        HttpResponse<String> supervisionFile = hr.get("/api/staff/supervision.csv");

        assertThat(staffFile.statusCode()).isEqualTo(200);
        assertThat(staffFile.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(staffFile.body()).startsWith("\"id\",\"first_name\",\"last_name\",\"email\",\"category\",\"start_date\","
                + "\"hours_per_week\",\"line_manager_id\",\"roles\",\"left_on\"")
                .contains("\"jsmith\",\"Jo\",\"Smith\",\"jo.smith@demo-council.example\",\"SOCIAL_WORKER\",\"2019-01-07\",\"18.5\",\"pjones\",\"\",")
                .contains("\"pking\",\"Priya\",\"King\"", "\"2026-06-30\"")
                .contains("\"dmorgan\",\"Diane\",\"Morgan\",\"diane.morgan@demo-council.example\",\"MANAGER\",\"2010-04-01\",\"37\",");
        assertThat(supervisionFile.body()).startsWith("\"supervisee_id\",\"supervisor_id\",\"type\",\"valid_from\",\"valid_to\"")
                .contains("\"hpatel\",\"adavies\",\"PROFESSIONAL\",\"2024-04-01\",");

        HttpResponse<String> staffAgain = hr.post("/api/staff/import", "text/csv", staffFile.body().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> supervisionAgain = hr.post("/api/staff/supervision/import", "text/csv",
                supervisionFile.body().getBytes(StandardCharsets.UTF_8));

        assertThat(staffAgain.statusCode()).as(staffAgain.body()).isEqualTo(200);
        assertThat(staffAgain.body()).contains("\"created\":0", "\"updated\":0");
        assertThat(supervisionAgain.statusCode()).as(supervisionAgain.body()).isEqualTo(200);
        assertThat(supervisionAgain.body()).contains("\"created\":0", "\"updated\":0");
    }

    @Test
    void everyoneButHrAndAdministratorsIsRefused() {
        // a line manager (of supervisors), a supervisor, a supervisee, a director, an auditor, learning and development
        for (String user : new String[] {"rkhan", "pjones", "jsmith", "dmorgan", "alee", "jcooper"}) {
            WebClient client = WebClient.basic(port, user, "demo");
            for (String path : new String[] {"/api/staff", "/api/staff/jsmith", "/api/staff.csv", "/api/staff/supervision.csv"}) {
                assertThat(client.get(path).statusCode()).as(user + " " + path).isEqualTo(403);
            }
        }
        assertThat(WebClient.anonymous(port).get("/api/staff/jsmith").statusCode()).isEqualTo(401);
    }

    private static String ids(WebClient client, String path) throws Exception {
        HttpResponse<String> answer = client.get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("items").findValuesAsText("id").toString();
    }
}
