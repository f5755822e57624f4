package org.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.agreement.AgreementStarter;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.Joiners;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@AlsoOnPostgres
class SupervisionSessionProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired AgreementStarter starter;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired SessionRecordRepository records;
    @Autowired SessionPostponementRepository postponements;
    @Autowired SessionFollowUpRepository followUps;
    @Autowired SessionActionRepository actions;
    @Autowired IdentifiedLearningNeedRepository learningNeeds;
    @Autowired StaffDirectoryImport directory;
    @LocalServerPort int port;

    SessionTestSupport support;
    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        support = new SessionTestSupport(engine, starter);
        driver = support.driver();
    }

    @Test
    void anAsyeStartingOn7SeptemberHasSessionsDueWeeklyThenFortnightlyThenMonthlyForTwelveMonths() {
        LocalDate start = LocalDate.of(2026, 9, 7);
        String cycle = support.signAgreement("eclark", "pjones", start, LocalDate.of(2026, 9, 14), 7, false);

        List<LocalDate> due = new ArrayList<>();
        while (sessions.findById(support.planned(cycle)).orElseThrow().getDueOn().isBefore(start.plusYears(1))) {
            due.add(support.holdAndConfirm(cycle, "pjones", "eclark", sessions));
        }

        assertThat(due).as("weekly in weeks 0-5, fortnightly from week 6, monthly from week 26")
                .containsExactly(
                        LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 28),
                        LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 19),
                        LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 11),
                        LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 22),
                        LocalDate.of(2027, 3, 8), LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 3),
                        LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 28), LocalDate.of(2027, 7, 26),
                        LocalDate.of(2027, 8, 23));
        assertThat(sessions.findById(support.planned(cycle)).orElseThrow().getDueOn()).isEqualTo(LocalDate.of(2027, 9, 20));
        assertThat(sessions.findByStaffIdOrderByDueOnAscIdAsc("eclark")).filteredOn(SupervisionSession::isOverdue).isEmpty();
    }

    @Test
    void aHeldSessionIsRecordedUnderTheFourFunctionsWithActionsAndLearningNeedsAndLockedOnceConfirmed() {
        String cycle = support.signAgreement("mbrown", "pjones", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        Task booking = driver.task(cycle, "bookSession");
        assertThat(booking.getAssignee()).isEqualTo("pjones");
        assertThat(tasks.getVariableLocal(booking.getId(), "dueOn")).as("the agreement's first date").isEqualTo("2026-11-30");
        support.holdAndConfirm(cycle, "pjones", "mbrown", sessions);

        SupervisionSession first = sessions.findByStaffIdOrderByDueOnAscIdAsc("mbrown").get(0);
        assertThat(first.getStatus()).isEqualTo(SessionStatus.HELD);
        assertThat(first.getHeldOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        SessionRecord record = records.findBySessionIdOrderByRecordVersionAsc(first.getId()).get(0);
        assertThat(record.getStatus()).isEqualTo(RecordStatus.CONFIRMED);
        assertThat(record.getRecordedBy()).isEqualTo("pjones");
        assertThat(record.getSuperviseeConfirmedBy()).isEqualTo("mbrown");
        assertThat(record.content().supportive()).startsWith("Workload feels heavy");
        assertThat(actions.findByRecordIdOrderByIdAsc(record.getId()))
                .extracting(SessionAction::getDescription, SessionAction::getOwner, SessionAction::getDueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Read the neglect toolkit", "supervisee", LocalDate.of(2026, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("Book court skills course", "supervisor", LocalDate.of(2027, 1, 15)));
        assertThat(learningNeeds.findByStaffIdOrderByIdentifiedOnAsc("mbrown"))
                .extracting(IdentifiedLearningNeed::getDescription).containsExactly("Court skills", "Assessment writing");
        assertThat(sessions.findById(support.planned(cycle)).orElseThrow().getDueOn())
                .as("experienced social worker: monthly after the session held").isEqualTo(LocalDate.of(2026, 12, 28));

        assertThat(record.isLocked()).isTrue();
        assertThatThrownBy(() -> record.disputeBySupervisee("changed my mind", ClockUtil.getCurrentTime().toInstant()))
                .isInstanceOf(RecordLockedException.class).hasMessageContaining("CONFIRMED");
        assertThat(historicVariableNames(cycle)).as("the record's text stays in the record table")
                .doesNotContain("supportive", "decisions", "actions", "superviseeStatement");
    }

    @Test
    void aPostponedSessionReBookedWithinFiveWorkingDaysIsNotEscalated() {
        String cycle = support.signAgreement("fgreen", "tnguyen", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "tnguyen", SessionTestSupport.postponed("SUPERVISEE", "Court hearing overran"));

        driver.today(LocalDate.of(2026, 12, 2), cycle);
        driver.complete(cycle, "rebookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 12, 4)));
        driver.today(LocalDate.of(2026, 12, 9), cycle);

        assertThat(processInstance(cycle)).isWaitingAt("recordSession").hasNotPassed("followUpRebooking");
        SessionPostponement postponement = postponements.findBySessionIdOrderByRecordedAtAsc(support.planned(cycle)).get(0);
        assertThat(postponement.getRequestedBy()).isEqualTo(SessionPostponement.RequestedBy.SUPERVISEE);
        assertThat(postponement.getReason()).isEqualTo("Court hearing overran");
        assertThat(postponement.getRebookBy()).as("5 working days after Monday 30 November").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(postponement.getRebookedAt()).isNotNull();
        assertThat(sessions.findById(support.planned(cycle)).orElseThrow().getStatus()).isEqualTo(SessionStatus.BOOKED);
    }

    @Test
    void aPostponedSessionNotReBookedInFiveWorkingDaysGoesToTheSupervisorsLineManager() {
        String cycle = support.signAgreement("cwhite", "cobrien", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "cobrien", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "cobrien", Map.of("sessionOutcome", "CANCELLED",
                "postponedBy", "SUPERVISOR", "postponementReason", "Called to a child protection strategy meeting"));

        driver.today(LocalDate.of(2026, 12, 7), cycle);
        assertThat(processInstance(cycle)).as("the fifth working day is not over").hasNotPassed("rebookingOverdue");
        driver.today(LocalDate.of(2026, 12, 8), cycle);
        Task followUp = driver.task(cycle, "followUpRebooking");
        assertThat(followUp.getAssignee()).as("cobrien's line manager").isEqualTo("rkhan");
        driver.complete(followUp, followUp.getAssignee(), Map.of("followUpNotes", "Spoke to Ciara; booked for 10 December"));

        long sessionId = support.planned(cycle);
        assertThat(followUps.findBySessionIdOrderByFollowedAtAsc(sessionId))
                .extracting(SessionFollowUp::getReason, SessionFollowUp::getFollowedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SessionFollowUp.Reason.NOT_REBOOKED, "rkhan"));
        assertThat(processInstance(cycle)).as("the supervisor still has to re-book").isWaitingAt("rebookSession");
    }

    @Test
    void aSessionNotHeldByItsDueDateIsMarkedOverdueAndCanStillBeHeld() {
        String cycle = support.signAgreement("dlewis", "cobrien", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "cobrien", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        long sessionId = support.planned(cycle);
        assertThat(sessions.findById(sessionId).orElseThrow().isOverdue()).isFalse();

        driver.today(LocalDate.of(2026, 12, 1), cycle);
        assertThat(sessions.findById(sessionId).orElseThrow().isOverdue()).isTrue();
        assertThat(processInstance(cycle)).hasPassed("markOverdue").isWaitingAt("recordSession");
        driver.complete(cycle, "recordSession", "cobrien", SessionTestSupport.held(LocalDate.of(2026, 12, 1), "the audit"));
        assertThat(sessions.findById(sessionId).orElseThrow().getStatus()).isEqualTo(SessionStatus.HELD);
    }

    @Test
    void aDisputedRecordKeepsItsTextAndBothStatementsAndGoesOnTheNextAgenda() {
        String cycle = support.signAgreement("ymartin", "cobrien", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "cobrien", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "cobrien", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the merger"));
        long first = sessions.findByStaffIdOrderByDueOnAscIdAsc("ymartin").get(0).getId();

        driver.complete(cycle, "reviewRecord", "ymartin", Map.of("recordConfirmed", "false",
                "superviseeStatement", "I did not agree to transfer the Smith case"));
        driver.complete(cycle, "answerDispute", "cobrien", Map.of("supervisorStatement", "We agreed it subject to the duty manager",
                "correctRecord", "false"));

        SessionRecord disputed = records.findBySessionIdOrderByRecordVersionAsc(first).get(0);
        assertThat(disputed.getStatus()).isEqualTo(RecordStatus.DISPUTED);
        assertThat(disputed.content().decisions()).as("original text kept").isEqualTo("Transfer the Smith case to the duty team");
        assertThat(disputed.getSuperviseeStatement()).isEqualTo("I did not agree to transfer the Smith case");
        assertThat(disputed.getSupervisorStatement()).isEqualTo("We agreed it subject to the duty manager");

        driver.complete(cycle, "bookSession", "cobrien", SessionTestSupport.booking(LocalDate.of(2026, 12, 28)));
        driver.today(LocalDate.of(2026, 12, 28), cycle);
        Task next = driver.task(cycle, "recordSession");
        assertThat((String) tasks.getVariableLocal(next.getId(), "carriedForward"))
                .as("first on the next agenda").contains("I did not agree to transfer the Smith case")
                .contains("We agreed it subject to the duty manager");
        driver.complete(next, "cobrien", SessionTestSupport.held(LocalDate.of(2026, 12, 28), "Christmas cover"));

        long second = sessions.findByStaffIdOrderByDueOnAscIdAsc("ymartin").get(1).getId();
        assertThat(records.findBySessionIdOrderByRecordVersionAsc(second).get(0).getCarriedForward())
                .contains("I did not agree to transfer the Smith case");
        assertThat(records.findById(disputed.getId()).orElseThrow().getDiscussedInSessionId()).isEqualTo(second);
        assertThat(records.findDisputesToCarryForward("ymartin", org.supervision.staff.SupervisionType.MANAGEMENT)).isEmpty();
    }

    @Test
    void aCorrectionIsANewVersionLinkedToTheOriginalKeepsItsActionsAndLearningNeedsAndGoesOnTheNextAgenda() {
        String cycle = support.signAgreement("lhall", "tnguyen", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "tnguyen", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the merger"));
        driver.complete(cycle, "reviewRecord", "lhall", Map.of("recordConfirmed", false,
                "superviseeStatement", "The decision was to keep the Smith case"));

        Map<String, Object> corrected = new java.util.HashMap<>(SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the merger"));
        corrected.put("decisions", "Keep the Smith case until the review conference");
        corrected.put("correctRecord", true);
        corrected.put("correctionReason", "Leon is right: the transfer was deferred");
        corrected.put("supervisorStatement", "Corrected after checking my notes");
        driver.complete(cycle, "answerDispute", "tnguyen", corrected);
        driver.complete(cycle, "reviewRecord", "lhall", Map.of("recordConfirmed", true));

        long session = sessions.findByStaffIdOrderByDueOnAscIdAsc("lhall").get(0).getId();
        List<SessionRecord> versions = records.findBySessionIdOrderByRecordVersionAsc(session);
        assertThat(versions).extracting(SessionRecord::getRecordVersion, SessionRecord::getStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, RecordStatus.CORRECTED),
                org.assertj.core.groups.Tuple.tuple(2, RecordStatus.CONFIRMED));
        assertThat(versions.get(0).content().decisions()).isEqualTo("Transfer the Smith case to the duty team");
        assertThat(versions.get(1).content().decisions()).isEqualTo("Keep the Smith case until the review conference");
        assertThat(versions.get(1).getCorrectsRecordId()).isEqualTo(versions.get(0).getId());
        assertThat(versions.get(1).getCorrectionReason()).isEqualTo("Leon is right: the transfer was deferred");
        assertThat(processInstance(cycle)).hasPassed("recordLocked");

        HttpResponse<String> read = WebClient.basic(port, "tnguyen", "demo").get("/api/staff/lhall/sessions/" + session + "/record");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body().split("\"version\":2", 2)[1]).as("the corrected version keeps the session's actions and learning needs")
                .contains("Read the neglect toolkit", "Book court skills course", "Court skills", "Assessment writing");
        assertThat(learningNeeds.findByStaffIdOrderByIdentifiedOnAsc("lhall")).as("not copied: the learning plan takes each once")
                .extracting(IdentifiedLearningNeed::getDescription).containsExactly("Court skills", "Assessment writing");

        driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 12, 28)));
        driver.today(LocalDate.of(2026, 12, 28), cycle);
        Task next = driver.task(cycle, "recordSession");
        assertThat((String) tasks.getVariableLocal(next.getId(), "carriedForward"))
                .as("the corrected dispute is first on the next agenda, named by the day of its session")
                .contains("Disputed record of the session held on 30 November 2026 (version 1), corrected by the supervisor in version 2")
                .contains("The decision was to keep the Smith case");
        driver.complete(next, "tnguyen", SessionTestSupport.held(LocalDate.of(2026, 12, 28), "Christmas cover"));
        long second = sessions.findByStaffIdOrderByDueOnAscIdAsc("lhall").get(1).getId();
        assertThat(records.findById(versions.get(0).getId()).orElseThrow().getDiscussedInSessionId()).isEqualTo(second);
        assertThat(records.findDisputesToCarryForward("lhall", org.supervision.staff.SupervisionType.MANAGEMENT)).isEmpty();
    }

    @Test
    void anUnconfirmedRecordBringsAReminderAfterTenWorkingDaysThenTheLineManager() {
        String cycle = support.signAgreement("bjohnson", "lwilson", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "lwilson", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "lwilson", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the merger"));

        // 10 working days after Monday 30 November end on Monday 14 December
        driver.today(LocalDate.of(2026, 12, 14), cycle);
        assertThat(processInstance(cycle)).hasNotPassed("confirmationReminderDue");
        driver.today(LocalDate.of(2026, 12, 15), cycle);
        Task reminder = driver.task(cycle, "remindSupervisee");
        assertThat(reminder.getAssignee()).isEqualTo("lwilson");
        driver.complete(reminder, "lwilson", Map.of("followUpNotes", "Reminded Beth in the team meeting"));

        // 15 working days: Monday 21 December
        driver.today(LocalDate.of(2026, 12, 22), cycle);
        Task escalation = driver.task(cycle, "escalateUnconfirmedRecord");
        assertThat(escalation.getAssignee()).isEqualTo("sahmed");

        driver.complete(cycle, "reviewRecord", "bjohnson", Map.of("recordConfirmed", true));
        assertThat(tasks.createTaskQuery().taskId(escalation.getId()).count())
                .as("confirming settles the record and withdraws the escalation").isZero();
        long session = sessions.findByStaffIdOrderByDueOnAscIdAsc("bjohnson").get(0).getId();
        assertThat(followUps.findBySessionIdOrderByFollowedAtAsc(session)).extracting(SessionFollowUp::getReason)
                .containsExactly(SessionFollowUp.Reason.RECORD_UNCONFIRMED_REMINDER);
    }

    @Test
    void aNewAgreementVersionMidCycleKeepsTheBookedSessionAndSetsTheNextInterval() {
        String cycle = support.signAgreement("adavies", "lwilson", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "lwilson", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        long booked = support.planned(cycle);
        java.time.Instant bookedFor = sessions.findById(booked).orElseThrow().getStartsAt();

        String renewedCycle = support.signAgreement("adavies", "lwilson", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30), 14, true);
        assertThat(renewedCycle).as("the running cycle goes on").isEqualTo(cycle);
        SupervisionSession stillBooked = sessions.findById(booked).orElseThrow();
        assertThat(stillBooked.getStatus()).isEqualTo(SessionStatus.BOOKED);
        assertThat(stillBooked.getStartsAt()).isEqualTo(bookedFor);
        assertThat(agreements.findById(stillBooked.getAgreementId()).orElseThrow().getAgreementVersion()).isEqualTo(2);

        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "lwilson", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "the merger"));
        assertThat(sessions.findById(support.planned(cycle)).orElseThrow().getDueOn())
                .as("fortnightly, as the new version says").isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void peerSupervisionIsPlannedForTheFirstSixMonthsThenOnRequest() {
        org.supervision.support.Fixtures.today(LocalDate.of(2026, 11, 23));
        String agreement = starter.start("gwalker").getId();
        driver.complete(agreement, "draftAgreement", "tnguyen", org.supervision.support.AgreementForms.with(
                org.supervision.support.AgreementForms.draft(28, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23)), "peer", 56));
        driver.complete(agreement, "reviewAgreement", "gwalker", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "holdThreeWayMeeting", "tnguyen", Map.of("threeWayMeetingHeldOn", "2026-11-20",
                "threeWayMeetingNotes", "Owen gives peer supervision"));
        driver.complete(agreement, "supervisorSigns", "tnguyen", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "gwalker", Map.of("signatureConfirmed", true));
        String peerCycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("gwalker").variableValueEquals("supervisionType", "PEER").singleResult().getId();

        assertThat(driver.task(peerCycle, "bookSession").getAssignee()).as("the peer supervisor").isEqualTo("ohughes");
        LocalDate held = support.holdAndConfirm(peerCycle, "ohughes", "gwalker", sessions);

        assertThat(held).as("signed in week 25 of a peer worker's tenure: 8-weekly").isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(processInstance(peerCycle)).as("after 26 weeks peer supervision is on request").isNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(peerCycle)
                .activityId("supervisionOnRequest").count()).isEqualTo(1);
    }

    @Test
    void professionalSupervisionKeepsItsOwnFrequencyWithItsOwnSupervisor() {
        org.supervision.support.Fixtures.today(LocalDate.of(2026, 11, 23));
        String agreement = starter.start("hpatel").getId();
        driver.complete(agreement, "draftAgreement", "pjones", org.supervision.support.AgreementForms.with(
                org.supervision.support.AgreementForms.draft(28, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23)),
                "professional", 21));
        driver.complete(agreement, "reviewAgreement", "hpatel", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "holdThreeWayMeeting", "pjones", Map.of("threeWayMeetingHeldOn", "2026-11-20",
                "threeWayMeetingNotes", "Ann gives professional supervision every three weeks"));
        driver.complete(agreement, "supervisorSigns", "pjones", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "hpatel", Map.of("signatureConfirmed", true));
        String professionalCycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("hpatel").variableValueEquals("supervisionType", "PROFESSIONAL")
                .singleResult().getId();

        assertThat(sessions.findById(support.planned(professionalCycle)).orElseThrow().getDueOn())
                .as("21 days after signing").isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(driver.task(professionalCycle, "bookSession").getAssignee()).as("the professional supervisor")
                .isEqualTo("adavies");
        LocalDate held = support.holdAndConfirm(professionalCycle, "adavies", "hpatel", sessions);
        assertThat(sessions.findById(support.planned(professionalCycle)).orElseThrow().getDueOn())
                .as("every three weeks, not the management frequency").isEqualTo(held.plusDays(21));
    }

    @Test
    void invalidRecordInputNamesTheFieldAndStoresNothing() {
        String cycle = support.signAgreement("zali", "cobrien", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        assertThatThrownBy(() -> driver.complete(cycle, "bookSession", "cobrien",
                Map.of("sessionDate", "2026-11-30", "sessionTime", "25:00", "place", "Room 1")))
                .hasMessageContaining("sessionTime: '25:00' is not a time in the form HH:MM");
        driver.complete(cycle, "bookSession", "cobrien", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);

        Map<String, Object> badAction = new java.util.HashMap<>(SessionTestSupport.held(LocalDate.of(2026, 11, 30), "x"));
        badAction.put("actions", "Read the toolkit | Zara | next week");
        assertThatThrownBy(() -> driver.complete(cycle, "recordSession", "cobrien", badAction))
                .hasMessageContaining("actions: line 1 'Read the toolkit | Zara | next week': 'next week' is not a date");
        Map<String, Object> noSupportive = new java.util.HashMap<>(SessionTestSupport.held(LocalDate.of(2026, 11, 30), "x"));
        noSupportive.remove("supportive");
        assertThatThrownBy(() -> driver.complete(cycle, "recordSession", "cobrien", noSupportive))
                .hasMessageContaining("supportive: is required");

        long session = support.planned(cycle);
        assertThat(records.findBySessionIdOrderByRecordVersionAsc(session)).as("nothing stored").isEmpty();
        assertThat(sessions.findById(session).orElseThrow().getStatus()).isEqualTo(SessionStatus.BOOKED);
        assertThat(driver.task(cycle, "recordSession")).as("task still open").isNotNull();
    }

    @Test
    void aSessionBookedForTheYear9999IsRefusedWithTheDatesAllowed() {
        String cycle = signedBy("sxfar");
        assertThatThrownBy(() -> driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(9999, 12, 31))))
                .hasMessageContaining("sessionDate: 31 December 9999 is too far ahead: give a date from today (23 November 2026)"
                        + " to 23 November 2028");
        assertThatThrownBy(() -> driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 11, 20))))
                .hasMessageContaining("sessionDate: 20 November 2026 is in the past");
        assertThat(sessions.findById(support.planned(cycle)).orElseThrow().getStatus()).as("nothing booked").isEqualTo(SessionStatus.DUE);
        assertThat(driver.task(cycle, "bookSession").getAssignee()).isEqualTo("tnguyen");
    }

    @Test
    void aLaterSessionRecordedWithoutAnOutcomeIsRefusedNotTakenAsHeldLikeTheSessionBefore() {
        String cycle = signedBy("sxstale");
        support.holdAndConfirm(cycle, "tnguyen", "sxstale", sessions);
        SupervisionSession next = sessions.findById(support.planned(cycle)).orElseThrow();
        driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(next.getDueOn()));
        driver.today(next.getDueOn(), cycle);

        Map<String, Object> noOutcome = new java.util.HashMap<>(SessionTestSupport.held(next.getDueOn(), "the audit"));
        noOutcome.remove("sessionOutcome");
        assertThatThrownBy(() -> driver.complete(cycle, "recordSession", "tnguyen", noOutcome))
                .hasMessageContaining("sessionOutcome: is required: choose one of HELD, POSTPONED, CANCELLED");
        assertThat(records.findBySessionIdOrderByRecordVersionAsc(next.getId())).as("nothing stored").isEmpty();
        assertThat(sessions.findById(next.getId()).orElseThrow().getStatus()).isEqualTo(SessionStatus.BOOKED);
        assertThat(driver.task(cycle, "recordSession").getAssignee()).as("task still open").isEqualTo("tnguyen");
    }

    /** A new supervisee of Thanh Nguyen with a signed agreement on 23 November 2026 (first session 30 November). */
    private String signedBy(String staffId) {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new Joiners(directory, engine).joinAndSign(staffId, "tnguyen");
        return support.cycleOf(staffId);
    }

    @Test
    void twoPartiesCompletingTheSameTaskAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        String cycle = support.signAgreement("ohughes", "tnguyen", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "tnguyen", SessionTestSupport.held(LocalDate.of(2026, 11, 30), "x"));
        Task review = driver.task(cycle, "reviewRecord");

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> confirm = pool.submit(() -> attempt(together, review, Map.of("recordConfirmed", true)));
            Future<String> dispute = pool.submit(() -> attempt(together, review,
                    Map.of("recordConfirmed", false, "superviseeStatement", "Inaccurate")));
            List<String> outcomes = List.of(confirm.get(), dispute.get());
            assertThat(outcomes).as("one wins, the other is told of the conflict (409 through REST)")
                    .containsExactlyInAnyOrder("won", "conflict");
            RecordStatus status = records.findBySessionIdOrderByRecordVersionAsc(sessions.findByStaffIdOrderByDueOnAscIdAsc("ohughes").get(0).getId()).get(0).getStatus();
            assertThat(status).as("the winner's answer, and only it, is stored")
                    .isEqualTo(outcomes.get(0).equals("won") ? RecordStatus.CONFIRMED : RecordStatus.DISPUTED);
        } finally {
            pool.shutdownNow();
        }
    }

    private String attempt(CyclicBarrier together, Task task, Map<String, Object> form) throws Exception {
        together.await();
        try {
            tasks.complete(task.getId(), form);
            return "won";
        } catch (RuntimeException e) {
            // as TaskErrorMapper answers over REST
            return org.supervision.shared.ConcurrentChange.isConflict(e)
                    || org.supervision.engine.TaskCompletedMeanwhile.check(engine, task.getId()) ? "conflict" : e.toString();
        }
    }

    private ProcessInstance processInstance(String id) {
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private List<String> historicVariableNames(String processInstanceId) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .list().stream().map(v -> v.getName()).toList();
    }
}
