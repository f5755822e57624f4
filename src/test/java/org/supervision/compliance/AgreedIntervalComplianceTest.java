package org.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.supervision.support.Workdays;

/**
 * Compliance figures worked out by hand for due dates the real agreement and session processes
 * planned: Pat, a part-time social worker (18.5 hours) whose agreement negotiated sessions every
 * 8 weeks, and Ann, an ASYE who started on Monday 4 January 2027, agreed at the policy minimum
 * (weekly for her first 6 weeks, then fortnightly). Both agreements are signed on 4 January with
 * the first session on Monday 11 January. Each session is booked for the day it is held, held
 * and confirmed through the session cycle, which plans the next one from the day it was held.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreedIntervalComplianceTest {

    static final LocalDate SIGNED = LocalDate.of(2027, 1, 4);
    static final String PASSWORD = "interval-pw";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired JdbcTemplate jdbc;
    private ProcessDriver driver;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void sessionsHeldThroughTheSessionCycle() {
        driver = new ProcessDriver(engine);
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("cmpsupc", "Cara", "Clay"),
                Teams.supervisee("cmppat", "Pat", "Part", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)),
                Teams.supervisee("cmpann", "Ann", "Asye", "ASYE", SIGNED));
        jdbc.update("update staff_member set hours_per_week = 18.5 where id = 'cmppat'");
        Teams.logins(identity, PASSWORD, "cmpsupc");

        Map<String, Object> eightWeekly = AgreementForms.draft(56, LocalDate.of(2027, 1, 11), SIGNED);
        eightWeekly.put("belowMinimumReason", "Part-time (18.5 h): agreed 8-weekly with phone contact between");
        String pat = sign("cmppat", eightWeekly);
        String ann = sign("cmpann", AgreementForms.draft(7, LocalDate.of(2027, 1, 11), SIGNED));

        hold(ann, "cmpann", "2027-01-11");
        hold(pat, "cmppat", "2027-01-11");
        hold(ann, "cmpann", "2027-01-21"); // due on the 18th (weekly): 3 days late
        hold(ann, "cmpann", "2027-01-28");
        hold(ann, "cmpann", "2027-02-04");
        hold(ann, "cmpann", "2027-02-11");
        hold(ann, "cmpann", "2027-02-18"); // in week 6: the next is a fortnight on, 4 March
        hold(ann, "cmpann", "2027-02-28"); // 10 days after the last one: on time in the fortnightly phase
        hold(pat, "cmppat", "2027-03-10"); // due on 8 March, 8 weeks after 11 January: 2 days late
        // Ann's session due on 14 March and Pat's due on 5 May are never held
        driver.runDueJobs(ann);
        driver.runDueJobs(pat);
    }

    /**
     * The last 6 months as of Wednesday 12 May 2027 (13 November 2026 to 12 May 2027): Pat's
     * sessions were due on 11 January (held that day), 8 March (11 January + 56 days; held on
     * the 10th, late) and 5 May (10 March + 56 days; not held, missed). At the monthly policy
     * minimum 4 more would have been due; none of those counts against her.
     */
    @Test
    void aPartTimerWhoseAgreementSetsEightWeeksIsJudgedAgainstEightWeeks() throws Exception {
        Fixtures.today(LocalDate.of(2027, 5, 12));

        assertThat(dueDates("cmppat")).containsExactly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 5, 5));
        JsonNode figures = api("/api/compliance?person=cmppat&period=6m").at("/total");
        assertThat(List.of(figures.at("/sessionsDue").asInt(), figures.at("/sessionsOnTime").asInt(),
                figures.at("/sessionsLate").asInt(), figures.at("/sessionsMissed").asInt()))
                .as("due, on time, late, missed").containsExactly(3, 1, 1, 1);
    }

    /**
     * The last 3 months as of Friday 19 March 2027 (20 December 2026 to 19 March 2027): Ann's
     * sessions were due weekly after each one held in her first 6 weeks (11, 18 and 28 January,
     * 4, 11 and 18 February), then a fortnight after (4 March, held on 28 February; 14 March,
     * not held). Held 3 days after its due date in the weekly phase is late; 10 days after the
     * last one in the fortnightly phase is on time.
     */
    @Test
    void anAsyeIsJudgedWeeklyForHerFirstSixWeeksAndFortnightlyAfter() throws Exception {
        Fixtures.today(LocalDate.of(2027, 3, 19));

        assertThat(dueDates("cmpann")).containsExactly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 18),
                LocalDate.of(2027, 1, 28), LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 18),
                LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 14));
        JsonNode figures = api("/api/compliance?person=cmpann&period=3m").at("/total");
        assertThat(List.of(figures.at("/sessionsDue").asInt(), figures.at("/sessionsOnTime").asInt(),
                figures.at("/sessionsLate").asInt(), figures.at("/sessionsMissed").asInt()))
                .as("due, on time, late, missed").containsExactly(8, 6, 1, 1);
    }

    private String sign(String worker, Map<String, Object> draft) {
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(worker).singleResult().getId();
        driver.complete(agreement, "draftAgreement", "cmpsupc", draft);
        driver.complete(agreement, "reviewAgreement", worker, Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "cmpsupc", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", worker, Map.of("signatureConfirmed", true));
        return runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(worker).variableValueEquals("supervisionType", "MANAGEMENT")
                .singleResult().getId();
    }

    /** Books the session the cycle planned for the day, holds it that day and has the record confirmed. */
    private void hold(String cycle, String worker, String day) {
        LocalDate on = LocalDate.parse(day);
        driver.complete(cycle, "bookSession", "cmpsupc",
                Map.of("sessionDate", day, "sessionTime", "10:00", "place", "Room 2, Civic Centre"));
        driver.today(on, cycle);
        driver.complete(cycle, "recordSession", "cmpsupc", Workdays.heldSession(on));
        driver.complete(cycle, "reviewRecord", worker, Map.of("recordConfirmed", true));
    }

    private List<LocalDate> dueDates(String staffId) {
        return jdbc.queryForList("select due_on from supervision_session where staff_id = ? and supervision_type = 'MANAGEMENT'"
                + " order by due_on", LocalDate.class, staffId);
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> answer = WebClient.basic(port, "cmpsupc", PASSWORD).get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
