package org.supervision.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.shared.ConcurrentChange;
import org.supervision.staff.Routing;
import org.supervision.shared.TaskInputException;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.staff.SupervisionRelationship;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.supervision.staff.SupervisionType;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;

@IntegrationTest
@AlsoOnPostgres
class ConflictEscalationProcessTest {

    @Autowired ConflictCases conflicts;
    @Autowired ConflictCaseRepository cases;
    @Autowired ConflictStageRepository stages;
    @Autowired ConflictStatementRepository statements;
    @Autowired StaffDirectoryImport directory;
    @Autowired SupervisionRelationshipRepository relationships;
    @Autowired Routing routing;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;
    @Autowired ProcessDriver driver;
    ConflictTeams teams;

    @BeforeEach
    void setUp() {
        teams = new ConflictTeams(directory);
    }

    @Test
    void resolvedWithTheSupervisorTheCaseClosesAtStageOne() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("a");
        ConflictCase raised = conflicts.raise("swa", ConflictTeams.concern("Three sessions cancelled since September"));
        String process = raised.getProcessInstanceId();

        Task response = driver.task(process, "supervisorResponds");
        assertThat(response.getAssignee()).isEqualTo("supa");
        assertThat(day(response.getDueDate())).as("10 working days").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(tasks.getVariableLocal(response.getId(), "descriptionShown")).isEqualTo("Three sessions cancelled since September");

        driver.complete(response, "supa", ConflictTeams.response(false, false));
        driver.complete(process, "superviseeAnswers", "swa", ConflictTeams.answer(true, null));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).singleResult()).isNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityId("resolved").count()).isEqualTo(1);
        ConflictCase closed = cases.findById(raised.getId()).orElseThrow();
        assertThat(closed.getOutcome()).isEqualTo(ConflictOutcome.RESOLVED);
        assertThat(closed.getStage()).isEqualTo(1);
        assertThat(closed.getReachedHrAt()).as("HR never sees it").isNull();
        assertThat(stages.findByCaseIdOrderByStageAsc(raised.getId())).extracting(ConflictStage::getEndReason)
                .containsExactly(StageEnd.RESOLVED);
        assertThat(stages.findByCaseIdOrderByStageAsc(raised.getId()).get(0).getProposedResolution())
                .isEqualTo("Sessions fixed on the first Tuesday, protected in my diary");
    }

    @Test
    void ignoredByTheSupervisorAndTheLineManagerItReachesHrOnTheRightWorkingDaysAcrossChristmas() {
        Fixtures.today(LocalDate.of(2026, 12, 14));
        teams.team("b");
        ConflictCase raised = conflicts.raise("swb", ConflictTeams.concern("No supervision since October"));
        String process = raised.getProcessInstanceId();

        // 10 working days from Monday 14 December skip Christmas Day and the Boxing Day substitute (28th)
        driver.today(LocalDate.of(2026, 12, 30), process);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).singleResult())
                .isWaitingAt("supervisorResponds");
        driver.today(LocalDate.of(2026, 12, 31), process);
        Task booking = driver.task(process, "lineManagerBooksMeeting");
        assertThat(booking.getAssignee()).as("the supervisor's line manager").isEqualTo("rkhan");
        // 15 working days from 31 December skip New Year's Day: the last is Friday 22 January
        assertThat(day(booking.getDueDate())).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(stages.findByCaseIdOrderByStageAsc(raised.getId()).get(0).getEndReason())
                .isEqualTo(StageEnd.DEADLINE_PASSED);

        driver.today(LocalDate.of(2027, 1, 22), process);
        assertThat(meetingBookings(process)).isEqualTo(1);
        driver.today(LocalDate.of(2027, 1, 25), process);
        Task hr = driver.task(process, "hrMediates");
        assertThat(cases.findById(raised.getId()).orElseThrow().getReachedHrAt()).isNotNull();

        identity.setAuthentication("hbaker", List.of("staff", "hr"));
        String filter = filters.createFilterQuery().filterName("Escalated supervision conflicts").singleResult().getId();
        List<Task> hrView = filters.list(filter);
        identity.clearAuthentication();
        assertThat(hrView).extracting(Task::getId).contains(hr.getId());
        assertThat(tasks.getVariable(hr.getId(), "stage")).isEqualTo(3);
        assertThat(tasks.getVariable(hr.getId(), "workingDaysOpen")).as("14 Dec to 25 Jan in working days").isEqualTo(27);

        tasks.claim(hr.getId(), "hbaker");
        driver.complete(process, "hrMediates", "hbaker", Map.of("mediationSteps", "Met both separately, then together",
                "hrOutcome", "FORMAL_PROCEDURE", "outcomeNotes", "Referred to the capability procedure"));
        ConflictCase closed = cases.findById(raised.getId()).orElseThrow();
        assertThat(closed.getOutcome()).isEqualTo(ConflictOutcome.FORMAL_PROCEDURE);
        assertThat(closed.getClosedBy()).isEqualTo("hbaker");
        assertThat(stages.findByCaseIdOrderByStageAsc(raised.getId())).extracting(ConflictStage::getEndReason)
                .containsExactly(StageEnd.DEADLINE_PASSED, StageEnd.DEADLINE_PASSED, StageEnd.DECIDED);
    }

    @Test
    void notResolvedAtTheThreeWayDiscussionHrChangesTheSupervisorKeepingTheHistory() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("c");
        ConflictCase raised = conflicts.raise("swc", ConflictTeams.concern("Sessions are always cut short"));
        String process = raised.getProcessInstanceId();
        driver.complete(process, "supervisorResponds", "supc", ConflictTeams.response(true, false));

        driver.complete(process, "lineManagerBooksMeeting", "rkhan",
                Map.of("meetingDate", "2026-11-26", "meetingTime", "14:00", "meetingPlace", "Room 2"));
        Fixtures.today(LocalDate.of(2026, 11, 26));
        driver.complete(process, "lineManagerRecordsOutcome", "rkhan", Map.of("meetingHeldOn", "2026-11-26",
                "meetingSummary", "Both views heard", "agreedActions", "Try fortnightly for a month"));
        driver.complete(process, "superviseeAnswersThreeWay", "swc", ConflictTeams.answer(false, "Nothing changed"));
        driver.complete(process, "supervisorAnswersThreeWay", "supc", ConflictTeams.answer(true, null));

        Task hr = driver.task(process, "hrMediates");
        tasks.claim(hr.getId(), "mscott");
        Map<String, Object> decision = new HashMap<>(Map.of("mediationSteps", "Mediation meeting on 30 November",
                "hrOutcome", "CHANGE_OF_SUPERVISOR", "newSupervisorId", "swc", "outcomeNotes", "A fresh start"));
        assertThatThrownBy(() -> driver.complete(process, "hrMediates", "mscott", decision))
                .hasMessageContaining("newSupervisorId: a staff member cannot supervise themselves");
        assertThat(routing.supervisorOf("swc")).as("nothing changed").isEqualTo("supc");

        decision.put("newSupervisorId", "tnguyen");
        driver.complete(process, "hrMediates", "mscott", decision);
        assertThat(routing.supervisorOf("swc")).isEqualTo("tnguyen");
        List<SupervisionRelationship> history = relationships.findBySuperviseeIdAndType("swc", SupervisionType.MANAGEMENT);
        assertThat(history).extracting(SupervisionRelationship::getSupervisorId, SupervisionRelationship::getValidTo)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("supc", LocalDate.of(2026, 11, 25)),
                        org.assertj.core.groups.Tuple.tuple("tnguyen", null));
        ConflictCase closed = cases.findById(raised.getId()).orElseThrow();
        assertThat(closed.getOutcome()).isEqualTo(ConflictOutcome.CHANGE_OF_SUPERVISOR);
        assertThat(closed.getNewSupervisorId()).isEqualTo("tnguyen");
        assertThat(stages.findByCaseIdOrderByStageAsc(raised.getId())).extracting(ConflictStage::getEndReason)
                .containsExactly(StageEnd.REFERRED, StageEnd.NOT_RESOLVED, StageEnd.DECIDED);
        assertThat(statements.findByCaseIdOrderByMadeAtAscIdAsc(raised.getId()))
                .extracting(ConflictStatement::getPartyId, ConflictStatement::isResolved, ConflictStatement::getStatement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("swc", false, "Nothing changed"),
                        org.assertj.core.groups.Tuple.tuple("supc", true, null));
    }

    @Test
    void hrCanResolveTheCaseOrReopenTheAgreement() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        for (String outcome : List.of("RESOLVED", "AGREEMENT_REVIEW")) {
            String team = "i" + outcome.length();
            teams.team(team);
            ConflictCase raised = conflicts.raise("sw" + team, ConflictTeams.concern("Sessions keep being cut short"));
            String process = raised.getProcessInstanceId();
            driver.complete(process, "supervisorResponds", "sup" + team, ConflictTeams.response(true, false));
            driver.complete(process, "lineManagerBooksMeeting", "rkhan",
                    Map.of("meetingDate", "2026-11-25", "meetingTime", "11:00", "meetingPlace", "Room 3"));
            driver.complete(process, "lineManagerRecordsOutcome", "rkhan",
                    Map.of("meetingHeldOn", "2026-11-23", "meetingSummary", "No agreement reached"));
            driver.complete(process, "superviseeAnswersThreeWay", "sw" + team, ConflictTeams.answer(false, "No change"));
            driver.complete(process, "supervisorAnswersThreeWay", "sup" + team, ConflictTeams.answer(false, "Cannot do more"));
            Task hr = driver.task(process, "hrMediates");
            tasks.claim(hr.getId(), "hbaker");
            driver.complete(process, "hrMediates", "hbaker", Map.of("mediationSteps", "Mediated on 27 November",
                    "hrOutcome", outcome, "outcomeNotes", "Outcome agreed with both"));

            assertThat(cases.findById(raised.getId()).orElseThrow().getOutcome()).isEqualTo(ConflictOutcome.valueOf(outcome));
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                    .processInstanceBusinessKey("sw" + team).variableValueEquals("reviewReason", "CONFLICT").count())
                    .as(outcome + " reopens the agreement or not").isEqualTo(outcome.equals("AGREEMENT_REVIEW") ? 1 : 0);
        }
    }

    @Test
    void resolvedAtTheThreeWayDiscussionWhenBothSaySo() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("d");
        ConflictCase raised = conflicts.raise("swd", ConflictTeams.concern("Supervision is only about caseload numbers"));
        String process = raised.getProcessInstanceId();
        driver.complete(process, "supervisorResponds", "supd", ConflictTeams.response(false, false));
        driver.complete(process, "superviseeAnswers", "swd", ConflictTeams.answer(false, "Still no reflective space"));

        driver.complete(process, "lineManagerBooksMeeting", "rkhan",
                Map.of("meetingDate", "2026-11-27", "meetingTime", "10:00", "meetingPlace", "Room 2"));
        driver.complete(process, "lineManagerRecordsOutcome", "rkhan", Map.of("meetingHeldOn", "2026-11-23",
                "meetingSummary", "Agreed a reflective half in every session"));
        driver.complete(process, "supervisorAnswersThreeWay", "supd", ConflictTeams.answer(true, null));
        driver.complete(process, "superviseeAnswersThreeWay", "swd", ConflictTeams.answer(true, null));

        ConflictCase closed = cases.findById(raised.getId()).orElseThrow();
        assertThat(closed.getOutcome()).isEqualTo(ConflictOutcome.RESOLVED);
        assertThat(closed.getStage()).isEqualTo(2);
        assertThat(closed.getReachedHrAt()).isNull();
        assertThat(stages.findByCaseIdOrderByStageAsc(raised.getId())).extracting(ConflictStage::getEndReason)
                .containsExactly(StageEnd.NOT_RESOLVED, StageEnd.RESOLVED);
    }

    @Test
    void theSupervisorsResponseCanReopenTheAgreement() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("e");
        ConflictCase raised = conflicts.raise("swe", ConflictTeams.concern("We never agreed how often we meet"));
        driver.complete(raised.getProcessInstanceId(), "supervisorResponds", "supe", ConflictTeams.response(false, true));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("swe").variableValueEquals("reviewReason", "CONFLICT").count())
                .as("an agreement review, for the conflict").isEqualTo(1);
    }

    @Test
    void onlyThePersonWhoRaisedItCanWithdrawItWithAReasonAndThenItIsReadOnly() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("f");
        ConflictCase raised = conflicts.raise("swf", ConflictTeams.concern("Sessions moved at short notice"));

        assertThatThrownBy(() -> conflicts.withdraw("supf", raised.getId(), "Sorted"))
                .isInstanceOf(ErrorResponseException.class).hasMessageContaining("403");
        assertThatThrownBy(() -> conflicts.withdraw("swf", raised.getId(), " "))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("reason: is required");
        conflicts.withdraw("swf", raised.getId(), "We talked it through over coffee");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(raised.getProcessInstanceId()).count()).isZero();
        ConflictCase closed = cases.findById(raised.getId()).orElseThrow();
        assertThat(closed.getOutcome()).isEqualTo(ConflictOutcome.WITHDRAWN);
        assertThat(closed.getWithdrawalReason()).isEqualTo("We talked it through over coffee");
        assertThatThrownBy(() -> conflicts.withdraw("swf", raised.getId(), "again"))
                .isInstanceOf(CaseClosedException.class).hasMessageContaining("can no longer be changed");
        assertThatThrownBy(() -> conflicts.requestThreeWay("swf", raised.getId()))
                .isInstanceOf(CaseClosedException.class);
        assertThat(conflicts.raise("swf", ConflictTeams.concern("It happened again")).isOpen())
                .as("a new case once the first is closed").isTrue();
    }

    @Test
    void aSecondOpenCaseAboutTheSameSupervisionIsRefusedAndNothingIsLeftBehind() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("g");
        conflicts.raise("swg", ConflictTeams.concern("Supervision keeps being cancelled"));

        assertThatThrownBy(() -> conflicts.raise("supg", ConflictTeams.concernAbout("swg", "Cancelled again")))
                .hasMessageContaining("There is already an open conflict case");
        assertThatThrownBy(() -> conflicts.raise("swg", ConflictTeams.concernOfType("PEER")))
                .hasMessageContaining("supervisionType: the directory names no current peer supervisor for swg");
        assertThatThrownBy(() -> conflicts.raise("bjohnson", ConflictTeams.concernAbout("swg", "Not my business")))
                .hasMessageContaining("superviseeId: only the supervisee or their management supervisor");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ConflictCases.PROCESS)
                .processInstanceBusinessKey("swg").count()).isEqualTo(1);
        assertThat(cases.findBySuperviseeIdOrderByRaisedAtAsc("swg")).hasSize(1);
    }

    @Test
    void twoPartiesAskingForTheThreeWayDiscussionAtOnceGiveOneEscalation() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("h");
        ConflictCase raised = conflicts.raise("swh", ConflictTeams.concern("No supervision for two months"));

        assertThat(atOnce(() -> ask("swh", raised.getId()), () -> ask("suph", raised.getId())))
                .containsExactlyInAnyOrder("escalated", "conflict");
        assertThat(stages.findByCaseIdOrderByStageAsc(raised.getId())).extracting(ConflictStage::getStage,
                ConflictStage::getEndReason).containsExactly(org.assertj.core.groups.Tuple.tuple(1, StageEnd.THREE_WAY_REQUESTED),
                org.assertj.core.groups.Tuple.tuple(2, null));
        assertThat(meetingBookings(raised.getProcessInstanceId())).isEqualTo(1);
    }

    @Test
    void theSupervisorReferringWhileTheSuperviseeAsksGivesOneEscalation() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("i");
        ConflictCase raised = conflicts.raise("swi", ConflictTeams.concern("Supervision keeps moving"));
        Task response = driver.task(raised.getProcessInstanceId(), "supervisorResponds");

        assertThat(atOnce(() -> ask("swi", raised.getId()), () -> {
            try {
                driver.complete(response, "supi", ConflictTeams.response(true, false));
                return "escalated";
            } catch (RuntimeException e) {
                // as REST answers it (TaskErrorMapper): a task gone meanwhile is the same conflict
                boolean gone = tasks.createTaskQuery().taskId(response.getId()).count() == 0;
                return ConcurrentChange.isConflict(e) || gone ? "conflict" : e.toString();
            }
        })).containsExactlyInAnyOrder("escalated", "conflict");
        List<ConflictStage> reached = stages.findByCaseIdOrderByStageAsc(raised.getId());
        assertThat(reached).extracting(ConflictStage::getStage).containsExactly(1, 2);
        assertThat(reached.get(0).getEndReason()).isIn(StageEnd.THREE_WAY_REQUESTED, StageEnd.REFERRED);
        assertThat(meetingBookings(raised.getProcessInstanceId())).isEqualTo(1);
    }

    @Test
    void bothPartiesAnsweringAtOnceMoveTheCaseOnOnceAndNoAnswerIsLost() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        teams.team("j");
        ConflictCase raised = conflicts.raise("swj", ConflictTeams.concern("Supervision keeps moving"));
        String process = raised.getProcessInstanceId();
        driver.complete(process, "supervisorResponds", "supj", ConflictTeams.response(true, false));
        driver.complete(process, "lineManagerBooksMeeting", "rkhan",
                Map.of("meetingDate", "2026-11-26", "meetingTime", "14:00", "meetingPlace", "Room 2"));
        driver.complete(process, "lineManagerRecordsOutcome", "rkhan", Map.of("meetingHeldOn", "2026-11-23",
                "meetingSummary", "Both views heard"));
        Task supervisee = driver.task(process, "superviseeAnswersThreeWay");
        Task supervisor = driver.task(process, "supervisorAnswersThreeWay");

        assertThat(atOnce(() -> answerResolved(supervisee, "swj"), () -> answerResolved(supervisor, "supj")))
                .as("the join waits in a job, so both answers usually go through; on H2 one may be told to reload")
                .allMatch(o -> o.equals("accepted") || o.equals("conflict")).contains("accepted");
        for (Task left : tasks.createTaskQuery().processInstanceId(process).list()) {
            driver.complete(left, left.getAssignee(), ConflictTeams.answer(true, null));
        }
        driver.runDueJobs(process);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(cases.findById(raised.getId()).orElseThrow().getOutcome()).isEqualTo(ConflictOutcome.RESOLVED);
        assertThat(statements.findByCaseIdOrderByMadeAtAscIdAsc(raised.getId())).extracting(ConflictStatement::getPartyId)
                .containsExactlyInAnyOrder("swj", "supj");
    }

    /** As Tasklist submits it, without running the jobs it leaves: that is the job executor's part. */
    private String answerResolved(Task task, String user) {
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            tasks.complete(task.getId(), ConflictTeams.answer(true, null));
            return "accepted";
        } catch (RuntimeException e) {
            return ConcurrentChange.isConflict(e) ? "conflict" : e.toString();
        } finally {
            identity.clearAuthentication();
        }
    }

    private String ask(String user, long caseId) {
        try {
            conflicts.requestThreeWay(user, caseId);
            return "escalated";
        } catch (RuntimeException e) {
            return ConcurrentChange.isConflict(e) ? "conflict" : e.toString();
        }
    }

    private long meetingBookings(String process) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("lineManagerBooksMeeting").count();
    }

    /** Both at the same moment, each on its own thread; what each one answered. */
    private static List<String> atOnce(Callable<String> first, Callable<String> second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> {
                together.await();
                return first.call();
            });
            Future<String> b = pool.submit(() -> {
                together.await();
                return second.call();
            });
            return List.of(a.get(), b.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static LocalDate day(java.util.Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneId.of("Europe/London")).minusDays(
                date.toInstant().atZone(ZoneId.of("Europe/London")).toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 1 : 0);
    }
}
