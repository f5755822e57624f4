package org.supervision.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Browser;
import org.supervision.support.Fixtures;
import org.supervision.support.BrowserTest;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The supervisor's line manager books the three-way meeting in Tasklist, picking the date as a person would. */
@BrowserTest
class TasklistThreeWayBookingBrowserTest {

    @LocalServerPort int port;
    @Autowired StaffDirectoryImport directory;
    @Autowired ProcessEngine engine;
    @Autowired ConflictCases conflicts;
    @Autowired ConflictStageRepository stages;

    @Test
    void theLineManagerBooksTheThreeWayMeetingInTasklist() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new ConflictTeams(directory).team("bk");
        ConflictCase raised = conflicts.raise("swbk", ConflictTeams.concern("Sessions keep being cancelled"));
        ProcessDriver driver = new ProcessDriver(engine);
        driver.complete(raised.getProcessInstanceId(), "supervisorResponds", "supbk", ConflictTeams.response(true, false));
        String task = driver.task(raised.getProcessInstanceId(), "lineManagerBooksMeeting").getId();
        try (Browser manager = new Browser(port)) {
            manager.logIn("rkhan", "demo");
            manager.openTask(task);
            manager.typeDate("Meeting date", LocalDate.of(2026, 11, 26));
            manager.type("Start time", "14:00");
            manager.type("Place", "Room 2");
            manager.complete();
            manager.waiting().until(d -> engine.getTaskService().createTaskQuery().taskId(task).count() == 0);
        }
        ConflictStage threeWay = stages.findByCaseIdAndStage(raised.getId(), 2).orElseThrow();
        assertThat(threeWay.getMeetingPlace()).isEqualTo("Room 2");
        assertThat(threeWay.getMeetingAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDateTime())
                .isEqualTo(LocalDate.of(2026, 11, 26).atTime(14, 0));
    }
}
