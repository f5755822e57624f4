package org.supervision.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Browser;
import org.supervision.support.Fixtures;
import org.supervision.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supervisee raises a conflict from Tasklist's start form, in a real browser. */
@BrowserTest
class TasklistConflictBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired ConflictCaseRepository cases;

    @Test
    void aSuperviseeRaisesAConflictInTasklistAndItGoesToTheirSupervisor() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new ConflictTeams(directory).teamWithLogins("web", identity, "demo");

        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("swweb", "demo");
            supervisee.startProcess("Supervision conflict escalation");
            supervisee.chooseRadio("How good supervision is (quality)");
            supervisee.type("What is wrong", "Sessions are all caseload numbers, no reflection");
            supervisee.type("What would resolve it for you", "Half of each session for reflective discussion");
            supervisee.submitStartForm();
            supervisee.waiting().until(d -> !cases.findBySuperviseeIdOrderByRaisedAtAsc("swweb").isEmpty());
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/tasklist-conflict-raised.png"),
                    ((TakesScreenshot) supervisee.driver()).getScreenshotAs(OutputType.BYTES));
        }
        List<ConflictCase> raised = cases.findBySuperviseeIdOrderByRaisedAtAsc("swweb");
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).getConcern()).isEqualTo(Concern.QUALITY);
        assertThat(raised.get(0).getRaisedBy()).as("the logged-in supervisee").isEqualTo("swweb");
        assertThat(raised.get(0).getSupervisorId()).isEqualTo("supweb");
        assertThat(raised.get(0).getDescription()).isEqualTo("Sessions are all caseload numbers, no reflection");
    }
}
