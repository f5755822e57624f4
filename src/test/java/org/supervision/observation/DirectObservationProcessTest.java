package org.supervision.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DirectObservationProcessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate SIGNED = LocalDate.of(2026, 12, 7);

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired DirectObservationRepository observations;
    @Autowired ProcessDriver driver;
    @LocalServerPort int port;

    @Test
    void anAsyesFourObservationsArePlannedAQuarterApartAndOneDoneCountsOneOfFour() throws Exception {
        signAgreement("obsup1", "Oona", "Observer", "obasye", "Asha", "Newly", "ASYE");

        List<DirectObservation> planned = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("obasye");
        assertThat(planned).extracting(DirectObservation::getPlannedBy).as("the last day of each quarter from the signing")
                .containsExactly(LocalDate.of(2027, 3, 6), LocalDate.of(2027, 6, 6), LocalDate.of(2027, 9, 6),
                        LocalDate.of(2027, 12, 6));
        assertThat(planned).allSatisfy(o -> assertThat(o.getRequiredInYear()).isEqualTo(4));
        String first = planned.get(0).getProcessInstanceId();
        String second = planned.get(1).getProcessInstanceId();

        Task booking = driver.task(first, "bookObservation");
        assertThat(booking.getAssignee()).as("the supervisor observes").isEqualTo("obsup1");
        assertThat(booking.getName()).isEqualTo("Observer books observation – Asha Newly");
        assertThat(booking.getDueDate()).as("by the end of 6 March").isEqualTo(startOf(LocalDate.of(2027, 3, 7)));
        assertThat(tasks.getVariablesLocal(booking.getId())).containsEntry("plannedBy", "6 March 2027");
        driver.runDueJobs(second);
        assertThat(tasks.createTaskQuery().processInstanceId(second).count())
                .as("the second quarter's booking opens on 7 March").isZero();

        driver.complete(booking, "obsup1", Map.of("observationDate", "2027-01-12", "observationTime", "10:00",
                "place", "Home visit, Elm Road"));
        driver.runDueJobs(first);
        assertThat(tasks.createTaskQuery().processInstanceId(first).count()).as("not yet observed").isZero();

        Fixtures.today(LocalDate.of(2027, 1, 12));
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 12).atTime(11, 0).atZone(LONDON).toInstant()));
        Task recording = driver.task(first, "recordObservation");
        assertThat(recording.getAssignee()).isEqualTo("obsup1");
        assertThatThrownBy(() -> driver.complete(recording, "obsup1", Map.of("heldOn", "2027-01-12",
                "whatWasObserved", "Home visit to a family of four", "strengths", "Warm and clear with the children")))
                .hasMessageContaining("areasToDevelop: is required");
        assertThat(observations.findById(planned.get(0).getId()).orElseThrow().getStatus())
                .as("nothing half-stored").isEqualTo(ObservationStatus.BOOKED);
        driver.complete(recording, "obsup1", Map.of("heldOn", "2027-01-12",
                "whatWasObserved", "Home visit to a family of four", "strengths", "Warm and clear with the children",
                "areasToDevelop", "Recording the voice of the child"));
        Task reflection = driver.task(first, "addReflection");
        assertThat(reflection.getAssignee()).isEqualTo("obasye");
        assertThat(reflection.getName()).isEqualTo("Worker adds reflection – Asha Newly");
        driver.complete(reflection, "obasye", Map.of("reflection", "I will ask the children directly next time"));

        DirectObservation done = observations.findById(planned.get(0).getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ObservationStatus.REFLECTED);
        assertThat(done.getAreasToDevelop()).isEqualTo("Recording the voice of the child");
        assertThat(done.getReflection()).isEqualTo("I will ask the children directly next time");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first).count()).as("ended").isZero();

        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(first).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).as("ids only")
                .containsExactlyInAnyOrder("staffId", "observationId");
        assertThat(history.createHistoricDetailQuery().processInstanceId(first).list())
                .extracting(Object::toString)
                .noneMatch(d -> d.contains("Home visit") || d.contains("Warm and clear") || d.contains("voice of the child")
                        || d.contains("ask the children"));

        Teams.logins(identity, "observe-pw", "obsup1");
        HttpResponse<String> answer = WebClient.basic(port, "obsup1", "observe-pw").get("/api/staff/obasye/observations");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as("dates and counts only").doesNotContain("Home visit", "Warm and clear",
                "voice of the child", "ask the children", "Elm Road");
        JsonNode year = new ObjectMapper().readTree(answer.body()).get(0);
        assertThat(year.get("startsOn").asText()).isEqualTo("2026-12-07");
        assertThat(year.get("endsOn").asText()).isEqualTo("2027-12-06");
        assertThat(year.get("required").asInt()).isEqualTo(4);
        assertThat(year.get("done").asInt()).isEqualTo(1);
        assertThat(year.get("observations").get(0).get("observedOn").asText()).isEqualTo("2027-01-12");
        assertThat(year.get("observations").get(1).get("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void anObservationNotBookedByItsPlannedDateGoesToTheObserversLineManagerAndCanStillBeBooked() throws Exception {
        signAgreement("obsup2", "Omar", "Late", "obsw", "Sam", "Worker", "SOCIAL_WORKER");
        List<DirectObservation> planned = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("obsw");
        assertThat(planned).extracting(DirectObservation::getPlannedBy).as("one every 6 months")
                .containsExactly(LocalDate.of(2027, 6, 6), LocalDate.of(2027, 12, 6));
        String first = planned.get(0).getProcessInstanceId();
        Task booking = driver.task(first, "bookObservation");

        driver.today(LocalDate.of(2027, 6, 6), first);
        assertThat(tasks.createTaskQuery().processInstanceId(first).count()).as("6 June is not over").isOne();
        driver.today(LocalDate.of(2027, 6, 7), first);

        Task followUp = driver.task(first, "followUpBooking");
        assertThat(followUp.getAssignee()).as("the observer's line manager").isEqualTo("rkhan");
        assertThat(followUp.getName()).isEqualTo("Line manager follows up observation not booked – Sam Worker");
        assertThat(observations.findById(planned.get(0).getId()).orElseThrow().isOverdue()).isTrue();
        driver.complete(followUp, "rkhan", Map.of("followUpNotes", "Spoke to Omar; booked for next week"));
        assertThat(driver.task(first, "bookObservation").getId()).as("still with the observer").isEqualTo(booking.getId());
        driver.complete(booking, "obsup2", Map.of("observationDate", "2027-06-14", "observationTime", "14:30",
                "place", "Duty office"));
        assertThat(observations.findById(planned.get(0).getId()).orElseThrow().getStatus())
                .isEqualTo(ObservationStatus.BOOKED);

        Teams.importTeam(directory, Teams.supervisor("obother", "Olive", "Elsewhere"));
        Teams.logins(identity, "observe-pw", "obsup2", "obother");
        HttpResponse<String> mine = WebClient.basic(port, "obsup2", "observe-pw").get("/api/staff/obsw/observations");
        JsonNode year = new ObjectMapper().readTree(mine.body()).get(0);
        assertThat(year.get("required").asInt()).isEqualTo(2);
        assertThat(year.get("done").asInt()).isZero();
        assertThat(year.get("observations").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(WebClient.basic(port, "obother", "observe-pw").get("/api/staff/obsw/observations").statusCode())
                .as("an unrelated colleague").isEqualTo(403);
    }

    /** Imports the pair on the signing day and has them agree and sign the agreement. */
    private void signAgreement(String supervisor, String supervisorFirst, String supervisorLast, String worker,
                               String workerFirst, String workerLast, String category) {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor(supervisor, supervisorFirst, supervisorLast),
                Teams.supervisee(worker, workerFirst, workerLast, category, SIGNED));
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(worker).singleResult().getId();
        driver.complete(agreement, "draftAgreement", supervisor, AgreementForms.draft(7, SIGNED.plusDays(7), SIGNED));
        driver.complete(agreement, "reviewAgreement", worker, Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", supervisor, Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", worker, Map.of("signatureConfirmed", true));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LONDON).toInstant());
    }
}
