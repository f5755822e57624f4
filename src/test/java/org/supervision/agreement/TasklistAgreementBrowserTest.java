package org.supervision.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Browser;
import org.supervision.support.Fixtures;
import org.supervision.support.BrowserTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Supervisor and supervisee negotiate and sign an agreement in Tasklist alone, in a real browser. */
@BrowserTest
class TasklistAgreementBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired IdentityService identity;
    @Autowired ProcessEngine engine;
    @Autowired SupervisionAgreementRepository agreements;

    @Test
    void theSupervisorDraftsTheSuperviseeAcceptsAndBothSignInTasklist() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\nagrweb,Ada,Web,agrweb@example.org,SOCIAL_WORKER,2024-02-05,37,pjones,,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "agrweb,pjones,MANAGEMENT,2024-02-05,\n"));
        Teams.logins(identity, "demo", "agrweb");
        ProcessInstance agreement = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("supervision-agreement").processInstanceBusinessKey("agrweb").singleResult();
        ProcessDriver driver = new ProcessDriver(engine);

        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("pjones", "demo");
            supervisor.openTask(driver.task(agreement.getId(), "draftAgreement").getId());
            assertThat(supervisor.field("Policy: longest gap").getAttribute("value")).isEqualTo("28");
            supervisor.type("Session length (minutes)", "90");
            supervisor.type("Ground rules", "Phones off; start on time");
            supervisor.type("Recording arrangements", "I record; you confirm within 10 working days");
            supervisor.type("How disagreement or conflict", "Raise it with me first, then the three-way route");
            supervisor.type("How supervision differs from therapy", "Personal support through the EAP");
            supervisor.typeDate("Equality, diversity and power discussed on", LocalDate.of(2026, 11, 23));
            supervisor.typeDate("First session booked for", LocalDate.of(2026, 11, 30));
            supervisor.complete();
            // either the draft is stored and the supervisee has the review, or the form refused a field
            supervisor.waiting().until(d -> engine.getTaskService().createTaskQuery().processInstanceId(agreement.getId())
                    .taskDefinitionKey("reviewAgreement").count() == 1
                    || !d.findElements(org.openqa.selenium.By.cssSelector(".fjs-has-errors")).isEmpty());
            assertThat(supervisor.driver().findElements(org.openqa.selenium.By.cssSelector(".fjs-has-errors label")))
                    .extracting(label -> label.getText()).as("fields the form refuses").isEmpty();
        }
        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("agrweb", "demo");
            supervisee.openTask(driver.task(agreement.getId(), "reviewAgreement").getId());
            assertThat(supervisee.field("Ground rules").getAttribute("value")).isEqualTo("Phones off; start on time");
            supervisee.tick("I accept this agreement");
            supervisee.complete();
            supervisee.waiting().until(d -> engine.getTaskService().createTaskQuery().processInstanceId(agreement.getId())
                    .taskDefinitionKey("supervisorSigns").count() == 1);
        }
        for (String[] signer : new String[][] {{"pjones", "supervisorSigns"}, {"agrweb", "superviseeSigns"}}) {
            try (Browser party = new Browser(port)) {
                party.logIn(signer[0], "demo");
                party.openTask(driver.task(agreement.getId(), signer[1]).getId());
                party.tick("I have read the agreement and sign it");
                party.complete();
                party.waiting().until(d -> engine.getTaskService().createTaskQuery().processInstanceId(agreement.getId())
                        .taskDefinitionKey(signer[1]).count() == 0);
            }
        }

        SupervisionAgreement signed = agreements.findByStaffIdAndStatus("agrweb", AgreementStatus.SIGNED).orElseThrow();
        assertThat(signed.getSupervisorSignedBy()).isEqualTo("pjones");
        assertThat(signed.getSuperviseeSignedBy()).isEqualTo("agrweb");
        assertThat(signed.getFirstSessionOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(signed.getEqualityDiscussedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(signed.getDurationMinutes()).isEqualTo(90);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("agrweb").count()).as("sessions scheduled from it").isEqualTo(1);
    }
}
