package org.supervision.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
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
import org.supervision.session.SessionTestSupport;
import org.supervision.session.SupervisionSessionRepository;
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
    @Autowired SupervisionSessionRepository sessions;
    @Autowired ProcessDriver driver;
    @LocalServerPort int port;

    @Test
    void anAsyesFourObservationsArePlannedAQuarterApartAndOneCountsAsDoneOnceItsFeedbackIsSignedByBoth() throws Exception {
        signAgreement("obsup1", "Oona", "Observer", "obasye", "Asha", "Newly", "ASYE");
        // a practice educator from the directory, the role written as people write it
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\nobpe,Pat,Educator,obpe@example.org,SOCIAL_WORKER,2020-01-06,37,rkhan,"
                + "Practice educator,\n"));

        List<DirectObservation> planned = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("obasye");
        assertThat(planned).extracting(DirectObservation::getPlannedBy).as("the last day of each quarter from the signing")
                .containsExactly(LocalDate.of(2027, 3, 6), LocalDate.of(2027, 6, 6), LocalDate.of(2027, 9, 6),
                        LocalDate.of(2027, 12, 6));
        assertThat(planned).allSatisfy(o -> assertThat(o.getRequiredInYear()).isEqualTo(4));
        String first = planned.get(0).getProcessInstanceId();
        String second = planned.get(1).getProcessInstanceId();

        Task booking = driver.task(first, "bookObservation");
        assertThat(booking.getAssignee()).as("the supervisor books").isEqualTo("obsup1");
        assertThat(booking.getName()).isEqualTo("Supervisor books observation – Asha Newly");
        assertThat(booking.getDueDate()).as("by the end of 6 March").isEqualTo(startOf(LocalDate.of(2027, 3, 7)));
        assertThat(tasks.getVariablesLocal(booking.getId())).containsEntry("plannedBy", "6 March 2027")
                .containsEntry("practiceEducators", "Pat Educator (obpe)");
        driver.runDueJobs(second);
        assertThat(tasks.createTaskQuery().processInstanceId(second).count())
                .as("the second quarter's booking opens on 7 March").isZero();

        Map<String, Object> bookingForm = new HashMap<>(Map.of("observationDate", "2027-01-12", "observationTime", "10:00",
                "place", "Home visit, Elm Road", "observerId", "obasye"));
        assertThatThrownBy(() -> driver.complete(booking, "obsup1", bookingForm))
                .as("only the supervisor or an active practice educator observes").hasMessageContaining("observerId");
        assertThat(observations.findById(planned.get(0).getId()).orElseThrow().getStatus())
                .as("nothing half-stored").isEqualTo(ObservationStatus.PLANNED);
        bookingForm.put("observerId", "obpe");
        driver.complete(booking, "obsup1", bookingForm);
        assertThat(observations.findById(planned.get(0).getId()).orElseThrow())
                .extracting(DirectObservation::getObserverId, DirectObservation::getBookedBy).containsExactly("obpe", "obsup1");
        driver.runDueJobs(first);
        assertThat(tasks.createTaskQuery().processInstanceId(first).count()).as("not yet observed").isZero();

        Fixtures.today(LocalDate.of(2027, 1, 12));
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 12).atTime(11, 0).atZone(LONDON).toInstant()));
        Task recording = driver.task(first, "recordObservation");
        assertThat(recording.getAssignee()).as("the observer chosen at booking").isEqualTo("obpe");
        assertThatThrownBy(() -> driver.complete(recording, "obpe", Map.of("heldOn", "2027-01-12",
                "whatWasObserved", "Home visit to a family of four", "strengths", "Warm and clear with the children")))
                .hasMessageContaining("areasToDevelop: is required");
        assertThat(observations.findById(planned.get(0).getId()).orElseThrow().getStatus())
                .as("nothing half-stored").isEqualTo(ObservationStatus.BOOKED);
        driver.complete(recording, "obpe", Map.of("heldOn", "2027-01-12",
                "whatWasObserved", "Home visit to a family of four", "strengths", "Warm and clear with the children",
                "areasToDevelop", "Recording the voice of the child"));
        Task reflection = driver.task(first, "addReflection");
        assertThat(reflection.getAssignee()).isEqualTo("obasye");
        assertThat(reflection.getName()).isEqualTo("Worker adds reflection – Asha Newly");
        driver.complete(reflection, "obasye", Map.of("reflection", "I will ask the children directly next time"));

        DirectObservation reflected = observations.findById(planned.get(0).getId()).orElseThrow();
        assertThat(reflected.getStatus()).isEqualTo(ObservationStatus.REFLECTED);
        assertThat(reflected.getAreasToDevelop()).isEqualTo("Recording the voice of the child");
        assertThat(reflected.getReflection()).isEqualTo("I will ask the children directly next time");
        assertThat(tasks.createTaskQuery().processInstanceId(first).count()).as("waits for the next session").isZero();

        Teams.logins(identity, "observe-pw", "obsup1", "obpe");
        JsonNode observedOnly = new ObjectMapper().readTree(WebClient.basic(port, "obsup1", "observe-pw")
                .get("/api/staff/obasye/observations").body()).get(0);
        assertThat(observedOnly.get("observed").asInt()).isEqualTo(1);
        assertThat(observedOnly.get("done").asInt()).as("not signed yet").isZero();

        // the next supervision session is held and recorded: its supervisor did not get to the feedback
        String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("obasye").variableValueEquals("supervisionType", "MANAGEMENT").singleResult().getId();
        holdSession(cycle, LocalDate.of(2027, 1, 13));
        Task notDiscussed = driver.task(first, "signFeedback");
        assertThat(notDiscussed.getAssignee()).as("the supervisor who held the session").isEqualTo("obsup1");
        assertThat(notDiscussed.getName()).isEqualTo("Supervisor confirms feedback discussed and signs – Asha Newly");
        driver.complete(notDiscussed, "obsup1", Map.of("feedbackDiscussed", false));
        assertThat(observations.findById(planned.get(0).getId()).orElseThrow().getStatus())
                .as("still on the next session's agenda").isEqualTo(ObservationStatus.REFLECTED);
        assertThat(tasks.createTaskQuery().processInstanceId(first).count()).isZero();

        LocalDate nextSession = holdSession(cycle, null);
        driver.complete(first, "signFeedback", "obsup1", Map.of("feedbackDiscussed", true));
        DirectObservation discussed = observations.findById(planned.get(0).getId()).orElseThrow();
        assertThat(discussed.getStatus()).isEqualTo(ObservationStatus.DISCUSSED);
        assertThat(discussed.getSupervisorSignedBy()).isEqualTo("obsup1");
        Task workerSigns = driver.task(first, "workerSignsFeedback");
        assertThat(workerSigns.getAssignee()).isEqualTo("obasye");
        assertThatThrownBy(() -> driver.complete(workerSigns, "obasye", Map.of("signatureConfirmed", false)))
                .hasMessageContaining("signatureConfirmed");
        driver.complete(workerSigns, "obasye", Map.of("signatureConfirmed", true));
        DirectObservation done = observations.findById(planned.get(0).getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ObservationStatus.SIGNED);
        assertThat(LocalDate.ofInstant(done.getWorkerSignedAt(), LONDON)).isEqualTo(nextSession);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(first).count()).as("ended").isZero();

        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(first).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).as("ids and decisions only")
                .containsExactlyInAnyOrder("staffId", "observationId", "feedbackDiscussed");
        assertThat(history.createHistoricDetailQuery().processInstanceId(first).list())
                .extracting(Object::toString)
                .noneMatch(d -> d.contains("Home visit") || d.contains("Warm and clear") || d.contains("voice of the child")
                        || d.contains("ask the children"));

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
        assertThat(year.get("observations").get(0).get("status").asText()).isEqualTo("SIGNED");
        assertThat(year.get("observations").get(1).get("status").asText()).isEqualTo("PLANNED");

        String recordAddress = "/api/staff/obasye/observations/" + done.getId();
        HttpResponse<String> byObserver = WebClient.basic(port, "obpe", "observe-pw").get(recordAddress);
        assertThat(byObserver.statusCode()).as("the practice educator reads what they recorded").isEqualTo(200);
        assertThat(byObserver.body()).contains("Recording the voice of the child", "ask the children directly");
        assertThat(WebClient.basic(port, "obpe", "observe-pw").get("/api/staff/obasye/observations/" + planned.get(1).getId())
                .statusCode()).as("not one they did not observe").isEqualTo(403);
    }

    /**
     * Books the worker's planned management session for {@code on} (or its due date when that is
     * later than today) and records it as held that day; returns the day.
     */
    private LocalDate holdSession(String cycle, LocalDate on) {
        driver.runDueJobs(cycle);
        long sessionId = ((Number) runtime.getVariable(cycle, "plannedSessionId")).longValue();
        LocalDate day = on != null ? on : sessions.findById(sessionId).orElseThrow().getDueOn();
        driver.complete(cycle, "bookSession", "obsup1", SessionTestSupport.booking(day));
        driver.today(day, cycle);
        driver.complete(cycle, "recordSession", "obsup1", SessionTestSupport.held(day, "the observation"));
        return day;
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
