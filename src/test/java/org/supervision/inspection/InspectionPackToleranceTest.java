package org.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supervision.inspection.PackFixtures.lines;
import static org.supervision.inspection.PackFixtures.unzip;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.shared.WorkingDayCalendar;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.Workdays;

/**
 * With a tolerance of 2 working days, the pack's supervision log and people.csv judge sessions
 * as the compliance figures in the same pack do: the first session, held 2 working days after
 * its Thursday due date (over a weekend), is on time in both; the second, held 3 working days
 * after its due date, is late in both.
 */
@IntegrationTest
@TestPropertySource(properties = {"supervision.compliance.tolerance-working-days=2",
        "spring.datasource.url=jdbc:h2:mem:pack-tolerance;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry (see WholeYearTest)
        "camunda.bpm.process-engine-name=packTolerance"})
class InspectionPackToleranceTest {

    static final LocalDate SIGNED = LocalDate.of(2027, 1, 4);
    static final LocalDate FIRST_DUE = LocalDate.of(2027, 1, 14);

    @Autowired RuntimeService runtime;
    @Autowired StaffDirectoryImport directory;
    @Autowired StaffMemberRepository staff;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired ProcessDriver driver;
    @Autowired WorkingDayCalendar workingDays;
    @Autowired InspectionPack pack;

    @Test
    void twoWorkingDaysLateIsOnTimeAndThreeIsLateInTheLogAndInTheFiguresAlike() throws IOException {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, "dmorgan", Teams.supervisor("tlline", "Tess", "Linden"));
        Teams.importTeam(directory, "tlline", Teams.supervisor("tlsup", "Toby", "Supple"),
                Teams.supervisee("tlanna", "Tara", "Tolerance", "SOCIAL_WORKER", SIGNED));
        String cycle = PackFixtures.signedCycle(runtime, driver, "tlanna", "tlsup", FIRST_DUE, SIGNED);

        SupervisionSession first = PackFixtures.planned(runtime, driver, sessions, cycle);
        assertThat(first.getDueOn()).isEqualTo(FIRST_DUE);
        assertThat(FIRST_DUE.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        LocalDate firstHeld = workingDays.plusWorkingDays(first.getDueOn(), 2);
        assertThat(firstHeld).as("two working days after a Thursday: the Monday").isEqualTo(LocalDate.of(2027, 1, 18));
        hold(cycle, firstHeld);

        SupervisionSession second = PackFixtures.planned(runtime, driver, sessions, cycle);
        LocalDate secondHeld = workingDays.plusWorkingDays(second.getDueOn(), 3);
        hold(cycle, secondHeld);
        LocalDate packDay = secondHeld.plusDays(1);
        driver.today(packDay, cycle);

        Map<String, String> files = unzip(pack.produce("tlline", staff.findById("tlline").orElseThrow(),
                LocalDate.of(2027, 1, 1), packDay).zip());

        List<String> log = lines(files.get("supervision-log.csv"), "tlanna");
        assertThat(log).as("the third is due after the period").hasSize(2);
        assertThat(log.get(0)).contains("\"14 January 2027\",\"18 January 2027\",\"Held on time\",\"0\"");
        assertThat(log.get(1)).contains("\"Held late\",\"3\"");
        assertThat(lines(files.get("people.csv"), "tlanna").get(0)).as("on time, late, missed, not yet due")
                .contains("\"1\",\"1\",\"0\",\"0\"");
        assertThat(files.get("compliance.csv")).as("the figures: 2 due, 1 on time, 1 late, none missed")
                .contains("\"Team\",\"Supervised by Toby Supple\",\"1\",\"2\",\"1\",\"1\",\"0\"");
    }

    private void hold(String cycle, LocalDate on) {
        driver.complete(cycle, "bookSession", "tlsup", Map.of("sessionDate", on.toString(), "sessionTime", "10:00",
                "place", "Room 2"));
        driver.today(on, cycle);
        driver.complete(cycle, "recordSession", "tlsup", Workdays.heldSession(on));
        driver.complete(cycle, "reviewRecord", "tlanna", Map.of("recordConfirmed", true));
    }
}
