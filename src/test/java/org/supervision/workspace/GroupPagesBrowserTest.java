package org.supervision.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Accessibility;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * A facilitator records a group casework session in the workspace: the page says that the
 * group record holds no individual case detail, names a missing answer by its label, and
 * then takes the attendance and own-record items of each member.
 */
@BrowserTest
class GroupPagesBrowserTest {

    private static final LocalDate SET_UP = LocalDate.of(2027, 2, 1);
    private static final LocalDate HELD = LocalDate.of(2027, 2, 3);

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired ProcessDriver process;

    @Test
    void theFacilitatorRecordsTheGroupSessionAndEachMembersAttendance() throws Exception {
        Fixtures.today(SET_UP);
        Teams.importTeam(directory, Teams.supervisor("gpfac", "Gwen", "Pages"),
                Teams.supervisee("gpmem", "Milo", "Member", "SOCIAL_WORKER", LocalDate.of(2022, 3, 1)));
        Teams.logins(identity, "demo", "gpfac", "gpmem");
        var created = WebClient.basic(port, "gpfac", "demo").post("/api/groups", "application/json",
                "{\"name\":\"Duty team casework\",\"kind\":\"GROUP_CASEWORK\",\"meets\":\"WEEKLY\",\"facilitatorId\":\"gpfac\","
                        + "\"firstSessionOn\":\"" + HELD + "\",\"memberIds\":[\"gpmem\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String group = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("processInstanceId").asText();
        process.complete(group, "bookGroupSession", "gpfac", Map.of("sessionDate", HELD.toString(), "sessionTime", "10:00",
                "place", "Room 2"));
        Fixtures.today(HELD);
        ClockUtil.setCurrentTime(Date.from(HELD.atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
        process.runDueJobs(group);
        String recording = process.task(group, "recordGroupSession").getId();

        try (Browser facilitator = new Browser(port)) {
            facilitator.logIn("gpfac", "demo");
            facilitator.driver().get("http://localhost:" + port + "/tasks/" + recording);
            assertThat(facilitator.pageText()).contains("Facilitator records group session", "Duty team casework",
                    "Milo Member", "individual case detail");
            Accessibility.assertAccessible(facilitator.driver(), "recording a group session");

            WorkspaceForms.typeDate(facilitator, "heldOn", HELD);
            facilitator.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            facilitator.waiting().until(d -> d.getTitle().startsWith("Error:"));
            assertThat(facilitator.driver().findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Enter themes discussed together", "Enter shared learning");
            Accessibility.assertAccessible(facilitator.driver(), "recording a group session with its error");

            WorkspaceForms.type(facilitator, "field-themesDiscussed", "Working with resistance");
            WorkspaceForms.type(facilitator, "field-sharedLearning", "Motivational interviewing");
            facilitator.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            WorkspaceForms.assertDone(facilitator, "Done: Facilitator records group session");

            facilitator.driver().findElement(By.partialLinkText("Facilitator records attendance and own-record items")).click();
            facilitator.waiting().until(d -> d.getCurrentUrl().contains("/tasks/"));
            assertThat(facilitator.pageText()).contains("Did they attend?", "Milo Member");
            facilitator.chooseRadio("Yes, they attended");
            WorkspaceForms.type(facilitator, "field-ownRecordItems", "Bring the genogram to your 1:1");
            facilitator.driver().findElement(By.xpath("//button[normalize-space(.)='Complete task']")).click();
            WorkspaceForms.assertDone(facilitator, "Done: Facilitator records attendance and own-record items");
        }
        assertThat(WebClient.basic(port, "gpmem", "demo").get("/api/staff/gpmem/group-session-items").body())
                .as("the member reads the item meant for their own record").contains("Bring the genogram to your 1:1");
    }
}
