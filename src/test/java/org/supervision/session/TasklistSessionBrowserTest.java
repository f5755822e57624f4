package org.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.supervision.agreement.AgreementStarter;
import org.supervision.support.Browser;
import org.supervision.support.BrowserTest;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supervisor and a supervisee use the session forms in Tasklist, in a real browser. */
@BrowserTest
class TasklistSessionBrowserTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired AgreementStarter starter;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired SessionRecordRepository records;

    @Test
    void theSupervisorBooksInTasklistAndTheSuperviseeDisputesTheRecord() throws Exception {
        SessionTestSupport support = new SessionTestSupport(engine, starter);
        ProcessDriver driver = support.driver();
        String cycle = support.signAgreement("jsmith", "pjones", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        long sessionId = support.planned(cycle);
        Task booking = driver.task(cycle, "bookSession");

        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("pjones", "demo");
            supervisor.openTask(booking.getId());
            assertThat(supervisor.field("Due by").getAttribute("value")).isEqualTo("2026-11-30");
            supervisor.type("Start time", "25:00");
            supervisor.type("Place", "Room 4, Civic Centre");
            supervisor.complete();
            String refused = "Start time (HH:MM): '25:00' is not a time in the form HH:MM";
            supervisor.waiting().until(d -> supervisor.pageText().contains(refused));
            assertThat(supervisor.pageText()).as("the server's check, in the form's words")
                    .contains(refused).doesNotContain("pattern", "ENGINE-");
            assertThat(tasks.createTaskQuery().taskId(booking.getId()).count()).isEqualTo(1);

            supervisor.dismissNotifications();
            supervisor.type("Start time", "10:30");
            supervisor.complete();
            supervisor.waiting().until(d -> sessions.findById(sessionId).orElseThrow().getStatus() == SessionStatus.BOOKED);
        }
        SupervisionSession booked = sessions.findById(sessionId).orElseThrow();
        assertThat(booked.getPlace()).isEqualTo("Room 4, Civic Centre");
        assertThat(booked.getStartsAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDateTime())
                .isEqualTo(LocalDate.of(2026, 11, 30).atTime(10, 30));

        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "pjones", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the inspection"));
        Task review = driver.task(cycle, "reviewRecord");
        try (Browser supervisee = new Browser(port)) {
            supervisee.logIn("jsmith", "demo");
            supervisee.openTask(review.getId());
            assertThat(supervisee.field("Supportive").getAttribute("value")).startsWith("Workload feels heavy since the inspection");
            supervisee.chooseRadio("No, I dispute it");
            supervisee.type("What is inaccurate", "The Smith case stays with me");
            supervisee.complete();
            supervisee.waiting().until(d -> records.findBySessionIdOrderByRecordVersionAsc(sessionId).get(0).getStatus()
                    == RecordStatus.DISPUTED);
        }
        SessionRecord disputed = records.findBySessionIdOrderByRecordVersionAsc(sessionId).get(0);
        assertThat(disputed.getSuperviseeStatement()).isEqualTo("The Smith case stays with me");
        assertThat(driver.task(cycle, "answerDispute").getAssignee()).isEqualTo("pjones");
    }
}
