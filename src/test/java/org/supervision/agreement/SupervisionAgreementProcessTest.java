package org.supervision.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.staff.SupervisionType;
import org.supervision.support.AgreementForms;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@AlsoOnPostgres
class SupervisionAgreementProcessTest {

    @Autowired AgreementStarter starter;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired TaskService tasks;

    @Autowired org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired ProcessDriver driver;
    @Autowired StaffDirectoryImport directory;
    @LocalServerPort int port;

    @BeforeEach
    void onTheDemoDate() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
    }

    @Test
    void anAsyeNegotiatesOneRoundAndBothSignAVersion() {
        ProcessInstance instance = open("twright");
        SupervisionAgreement draft = agreementOf(instance);
        assertThat(draft.getMinimumIntervalDays()).as("ASYE in week 38: monthly").isEqualTo(28);
        assertThat(draft.getDirectObservationsPerYear()).isEqualTo(4);
        assertThat(instance).isWaitingAt("draftAgreement").task().isAssignedTo("pjones");
        assertThat(tasks.getVariableLocal(task(instance).getId(), "minimumIntervalDays")).as("shown in the form").isEqualTo(28);

        complete(instance, "pjones", draftForm(28));
        complete(instance, "twright", Map.of("superviseeAccepts", false, "changeRequest", "Could we meet on Tuesdays?"));
        assertThat(instance).isWaitingAt("draftAgreement");
        runJob(instance);
        assertThat(tasks.getVariableLocal(task(instance).getId(), "changeRequest")).isEqualTo("Could we meet on Tuesdays?");
        complete(instance, "pjones", draftForm(28));
        complete(instance, "twright", Map.of("superviseeAccepts", true));
        assertThat(instance).as("no other supervisor: no three-way meeting").isWaitingAt("supervisorSigns");
        complete(instance, "pjones", Map.of("signatureConfirmed", true));
        complete(instance, "twright", Map.of("signatureConfirmed", true));

        assertThat(instance).hasPassed("storeSignedVersion", "startSessionCycles").isWaitingAt("agreementInForce");
        SupervisionAgreement signed = agreementOf(instance);
        assertThat(signed.getStatus()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.getAgreementVersion()).isEqualTo(1);
        assertThat(signed.getNegotiationRounds()).isEqualTo(2);
        assertThat(signed.getSupervisorSignedBy()).isEqualTo("pjones");
        assertThat(signed.getSuperviseeSignedBy()).isEqualTo("twright");
        assertThat(signed.getSuperviseeSignedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
        assertThat(signed.getGroundRules()).isEqualTo("Phones off, start on time");
        assertThat(historicVariables(instance)).as("content stays in the agreement table")
                .doesNotContainKeys("groundRules", "frequencyDays", "changeRequest", "signatureConfirmed");
    }

    @Test
    void aNewSignedVersionSupersedesThePreviousOneWhichNeverChanges() {
        ProcessInstance first = open("nevans");
        signWithoutChanges(first, "lwilson", "nevans");
        ProcessInstance second = open("nevans");
        signWithoutChanges(second, "lwilson", "nevans");

        SupervisionAgreement previous = agreementOf(first);
        assertThat(previous.getStatus()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(first).as("no annual review of a superseded version").isEnded().hasPassed("agreementSuperseded");
        assertThat(agreementOf(second).getAgreementVersion()).isEqualTo(2);
        assertThatThrownBy(() -> previous.recordReview(false, "edit after the fact"))
                .isInstanceOf(AgreementLockedException.class).hasMessageContaining("SUPERSEDED");
    }

    @Test
    void aPeerWorkerWithAPeerSupervisorHasAThreeWayMeetingBeforeSigning() {
        ProcessInstance instance = open("gwalker");
        complete(instance, "tnguyen", peerDraftForm(56));
        complete(instance, "gwalker", Map.of("superviseeAccepts", true));

        assertThat(instance).isWaitingAt("holdThreeWayMeeting").task().isAssignedTo("tnguyen");
        complete(instance, "tnguyen", Map.of("threeWayMeetingHeldOn", "2026-11-20", "threeWayMeetingNotes", "Owen leads peer sessions"));
        assertThat(instance).isWaitingAt("supervisorSigns");
        assertThat(agreementOf(instance).getThreeWayMeetingHeldOn()).hasToString("2026-11-20");
    }

    @Test
    void peerSupervisionIsAgreedWithItsProviderFrequencyAndLength() {
        ProcessInstance instance = open("gwalker");
        String draft = task(instance).getId();
        assertThat(tasks.getVariableLocal(draft, "peerSupervisor")).as("provider, from the directory").isEqualTo("Owen Hughes");
        assertThat(tasks.getVariableLocal(draft, "peerIntervalDays")).as("proposed: the policy's 8 weeks").isEqualTo(56);
        assertThat(tasks.getVariableLocal(draft, "professionalSupervisor")).as("none listed: section hidden").isNull();

        Map<String, Object> noLength = peerDraftForm(56);
        noLength.remove("peerDurationMinutes");
        assertThatThrownBy(() -> complete(instance, "tnguyen", noLength)).hasMessageContaining("peerDurationMinutes: is required");
        assertThatThrownBy(() -> complete(instance, "tnguyen", peerDraftForm(70))).hasMessageContaining(
                "belowMinimumReason: peer supervision every 70 days is less frequent than the policy minimum of every 56 days");
        assertThat(agreementOf(instance).getArrangements()).as("nothing stored").isEmpty();

        complete(instance, "tnguyen", peerDraftForm(42));
        SupervisionArrangement peer = agreementOf(instance).arrangementFor(SupervisionType.PEER).orElseThrow();
        assertThat(peer.getProviderId()).isEqualTo("ohughes");
        assertThat(peer.getIntervalDays()).isEqualTo(42);
        assertThat(peer.getDurationMinutes()).isEqualTo(60);
        assertThat(peer.getPolicyIntervalDays()).as("more often than the policy's 56 days: kept as agreed").isEqualTo(56);
        runtime.deleteProcessInstance(instance.getId(), "test over: the draft is not signed");
    }

    @Test
    void threeRejectedRoundsGoToTheSupervisorsLineManager() {
        ProcessInstance instance = open("hpatel");
        for (int round = 1; round <= 3; round++) {
            complete(instance, "pjones", AgreementForms.with(draftForm(28), "professional", null));
            complete(instance, "hpatel", Map.of("superviseeAccepts", false, "changeRequest", "Round " + round + ": monthly is too rare"));
        }

        runJob(instance);
        assertThat(instance).isEnded().hasPassed("referDeadlock", "negotiationEscalated");
        assertThat(agreementOf(instance).getStatus()).isEqualTo(AgreementStatus.ESCALATED);
        assertThat(conflictCaseOf("hpatel")).as("the three-way discussion with the supervisor's line manager starts")
                .isWaitingAt("lineManagerBooksMeeting").task().isAssignedTo("sahmed");
    }

    @Test
    void invalidInputNamesTheFieldAndLeavesTheTaskOpenWithNothingStored() {
        ProcessInstance instance = open("jsmith");
        Task draft = task(instance);

        Map<String, Object> rare = draftForm(56);
        assertThatThrownBy(() -> complete(instance, "pjones", rare))
                .hasMessageContaining("belowMinimumReason: sessions every 56 days are less frequent than the policy minimum of every 28 days");
        Map<String, Object> noRules = draftForm(28);
        noRules.put("groundRules", " ");
        assertThatThrownBy(() -> complete(instance, "pjones", noRules)).hasMessageContaining("groundRules: is required");
        Map<String, Object> badNumber = draftForm(28);
        badNumber.put("durationMinutes", 500);
        assertThatThrownBy(() -> complete(instance, "pjones", badNumber))
                .hasMessageContaining("durationMinutes: must be between 30 and 180, not 500");

        assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("task still open").isEqualTo(1);
        assertThat(agreementOf(instance).getGroundRules()).as("nothing stored").isNull();

        rare.put("belowMinimumReason", "Part-time (18.5 h): agreed 8-weekly with phone contact between");
        complete(instance, "pjones", rare);
        assertThat(agreementOf(instance).getFrequencyDays()).isEqualTo(56);
    }

    @Test
    void weeklyGroupCaseworkSupervisionAllowsOneToOneEverySixWeeksUnlessTheWorkIsComplexOrHighRisk() {
        ProcessInstance instance = open("dlewis");
        Map<String, Object> sixWeekly = draftForm(42);
        sixWeekly.put("groupCaseworkSupervision", true);
        sixWeekly.put("complexOrHighRisk", true);
        assertThatThrownBy(() -> complete(instance, "cobrien", sixWeekly))
                .hasMessageContaining("belowMinimumReason: sessions every 42 days are less frequent than the policy minimum of every 28 days");

        sixWeekly.put("complexOrHighRisk", false);
        complete(instance, "cobrien", sixWeekly);
        SupervisionAgreement draft = agreementOf(instance);
        assertThat(draft.getMinimumIntervalDays()).as("4-6 weeks with group casework supervision").isEqualTo(42);
        assertThat(draft.isGroupCaseworkSupervision()).isTrue();
        assertThat(draft.getFrequencyDays()).isEqualTo(42);
        assertThat(draft.getBelowMinimumReason()).isNull();
    }

    @Test
    void everyNewMemberOfStaffButNotALeaverGetsAnAgreementToNegotiate() {
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("twright").count()).as("demo member").isPositive();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("pking").count()).as("left before the import").isZero();
    }

    @Test
    void aDraftNotAgreedWithinTwentyWorkingDaysIsReferredToTheThreeWayDiscussion() {
        Fixtures.today(LocalDate.of(2026, 12, 7));
        ProcessInstance instance = open("kthomas");
        Map<String, Object> draft = draftForm(28);
        draft.put("firstSessionOn", "2026-12-14");
        complete(instance, "lwilson", draft);
        // 20 working days from Monday 7 December skip Christmas, the Boxing Day substitute
        // (28 December) and New Year's Day: the last one is Thursday 7 January, not Monday 4 January
        driver.today(LocalDate.of(2027, 1, 7), instance.getId());
        assertThat(instance).as("the 20th working day is not over").isWaitingAt("reviewAgreement");
        driver.today(LocalDate.of(2027, 1, 8), instance.getId());
        assertThat(instance).hasPassed("negotiationTimedOut", "referDeadlock").isEnded();
        assertThat(conflictCaseOf("kthomas")).isWaitingAt("lineManagerBooksMeeting").task().isAssignedTo("sahmed");
    }

    @Test
    void aSupervisorWhoHasNotDraftedAfterTwentyWorkingDaysIsFollowedUpByTheirLineManagerNotAConflictCase() {
        Fixtures.today(LocalDate.of(2026, 12, 7));
        Teams.importTeam(directory, Teams.supervisor("odsup", "Olu", "Drafter"),
                Teams.supervisee("odnew", "Ola", "Waiting", "SOCIAL_WORKER", LocalDate.of(2026, 12, 7)));
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("odnew").singleResult();
        Task draft = driver.task(instance.getId(), "draftAgreement");

        driver.today(LocalDate.of(2027, 1, 7), instance.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).list()).as("the 20th working day is not over")
                .extracting(Task::getTaskDefinitionKey).containsExactly("draftAgreement");
        driver.today(LocalDate.of(2027, 1, 8), instance.getId());

        Task followUp = driver.task(instance.getId(), "followUpOverdueDraft");
        assertThat(followUp.getAssignee()).as("the supervisor's line manager").isEqualTo("rkhan");
        assertThat(followUp.getName()).isEqualTo("Line manager follows up an overdue agreement draft – Ola Waiting");
        assertThat(followUp.getDueDate()).as("5 working days on: end of Friday 15 January")
                .isEqualTo(java.util.Date.from(LocalDate.of(2027, 1, 16).atStartOfDay(
                        java.time.ZoneId.of("Europe/London")).toInstant()));
        assertThat(tasks.getVariablesLocal(followUp.getId())).containsEntry("superviseeName", "Ola Waiting")
                .containsEntry("supervisorName", "Olu Drafter").containsEntry("draftDueOn", "8 January 2027");
        Task stillOpen = driver.task(instance.getId(), "draftAgreement");
        assertThat(stillOpen.getId()).as("the draft stays with the supervisor").isEqualTo(draft.getId());
        assertThat(stillOpen.getAssignee()).isEqualTo("odsup");
        assertThat(conflictCaseOf("odnew")).as("nobody disagreed: no conflict case").isNull();
        assertThat(agreementOf(instance).getStatus()).isEqualTo(AgreementStatus.DRAFT);

        assertThatThrownBy(() -> driver.complete(followUp, "rkhan", Map.of("supervisorContacted", false)))
                .hasMessageContaining("supervisorContacted: tick the box once you have spoken to the supervisor");
        driver.complete(followUp, "rkhan", Map.of("supervisorContacted", true));
        Map<String, Object> lateDraft = draftForm(28);
        lateDraft.put("firstSessionOn", "2027-01-18");
        driver.complete(draft, "odsup", lateDraft);
        driver.complete(instance.getId(), "reviewAgreement", "odnew", Map.of("superviseeAccepts", true));
        assertThat(instance).as("the negotiation carried on").isWaitingAt("supervisorSigns");
    }

    @Test
    void twelveMonthsAfterSigningTheAnnualReviewStartsFromTheSignedVersion() {
        ProcessInstance first = open("sroberts");
        signWithoutChanges(first, "lwilson", "sroberts");
        assertThat(first).isWaitingAt("agreementInForce");

        driver.today(LocalDate.of(2027, 11, 22), first.getId());
        assertThat(first).as("a day early").isWaitingAt("agreementInForce");
        driver.today(LocalDate.of(2027, 11, 23), first.getId());
        assertThat(first).isEnded().hasPassed("annualReviewStarted");

        ProcessInstance second = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("sroberts").variableValueEquals("reviewReason", "ANNUAL_REVIEW").singleResult();
        runJob(second);
        assertThat(second).isWaitingAt("draftAgreement").task().isAssignedTo("lwilson");
        SupervisionAgreement review = agreementOf(second);
        assertThat(review.getReviewReason()).isEqualTo(ReviewReason.ANNUAL_REVIEW);
        assertThat(review.getGroundRules()).as("starts from the version in force").isEqualTo("Phones off, start on time");
    }

    @Test
    void anAsyeSignedWeeklyIsOfferedTheMonthlyMinimumAtTheAnnualReviewAndTheApiShowsTheFrequencyInForce() {
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\nasyeweekly,Ada,Weekly,ada.weekly@example.org,ASYE,2026-11-23,37,pjones,,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "asyeweekly,pjones,MANAGEMENT,2026-11-23,\n"));
        ProcessInstance first = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("asyeweekly").singleResult();
        complete(first, "pjones", draftForm(7));
        complete(first, "asyeweekly", Map.of("superviseeAccepts", true));
        complete(first, "pjones", Map.of("signatureConfirmed", true));
        complete(first, "asyeweekly", Map.of("signatureConfirmed", true));
        assertThat(agreementOf(first).getMinimumIntervalDays()).as("weekly in the first six weeks").isEqualTo(7);

        driver.today(LocalDate.of(2027, 11, 23), first.getId());
        ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("asyeweekly").variableValueEquals("reviewReason", "ANNUAL_REVIEW").singleResult();
        runJob(review);
        WebClient supervisor = WebClient.basic(port, "pjones", "demo");
        HttpResponse<String> shown = supervisor.get("/engine-rest/task/" + task(review).getId() + "/form-variables");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).as("the draft offers the policy in force after a year in post, not the weekly start")
                .containsPattern("\"frequencyDays\":\\{[^}]*\"value\":28");

        HttpResponse<String> read = supervisor.get("/api/staff/asyeweekly/agreements");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).as("signed weekly, monthly in force").contains("\"status\":\"SIGNED\"",
                "\"frequencyDays\":7,\"frequencyDaysInForce\":28");
    }

    @Test
    void aReviewCanBeRequestedButNotWhileOneIsBeingNegotiated() {
        ProcessInstance first = open("rwood");
        assertThatThrownBy(() -> starter.requestReview("rwood", ReviewReason.REQUESTED))
                .isInstanceOf(NegotiationInProgressException.class).hasMessageContaining("already being negotiated");
        signWithoutChanges(first, "tnguyen", "rwood");

        ProcessInstance requested = starter.requestReview("rwood", ReviewReason.REQUESTED);
        runJob(requested);
        assertThat(requested).isWaitingAt("draftAgreement");
        assertThat(agreements.findByStaffIdAndStatus("rwood", AgreementStatus.DRAFT).orElseThrow().getReviewReason())
                .isEqualTo(ReviewReason.REQUESTED);
    }

    @Test
    void signingStartsOneSessionCycleForEachTypeOfSupervision() {
        ProcessInstance instance = open("gwalker");
        complete(instance, "tnguyen", peerDraftForm(56));
        complete(instance, "gwalker", Map.of("superviseeAccepts", true));
        complete(instance, "tnguyen", Map.of("threeWayMeetingHeldOn", "2026-11-20", "threeWayMeetingNotes", "Peer sessions with Owen"));
        complete(instance, "tnguyen", Map.of("signatureConfirmed", true));
        complete(instance, "gwalker", Map.of("signatureConfirmed", true));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey("gwalker").list())
                .extracting(cycle -> runtime.getVariable(cycle.getId(), "supervisionType"))
                .containsExactlyInAnyOrder("MANAGEMENT", "PEER");
    }

    private ProcessInstance conflictCaseOf(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("conflict-escalation")
                .processInstanceBusinessKey(staffId).singleResult();
    }

    private ProcessInstance open(String staffId) {
        ProcessInstance instance = starter.start(staffId);
        runJob(instance);
        return instance;
    }

    private void runJob(ProcessInstance instance) {
        driver.runDueJobs(instance.getId());
    }

    private void signWithoutChanges(ProcessInstance instance, String supervisor, String supervisee) {
        complete(instance, supervisor, draftForm(28));
        complete(instance, supervisee, Map.of("superviseeAccepts", true));
        complete(instance, supervisor, Map.of("signatureConfirmed", true));
        complete(instance, supervisee, Map.of("signatureConfirmed", true));
    }

    /** Completes the one waiting task as the named user, as Tasklist would after the form is submitted. */
    private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
        runJob(instance);
        driver.complete(task(instance), userId, form);
    }

    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private SupervisionAgreement agreementOf(ProcessInstance instance) {
        return agreements.findAll().stream().filter(a -> instance.getId().equals(a.getProcessInstanceId()))
                .findFirst().orElseThrow();
    }

    private Map<String, Object> historicVariables(ProcessInstance instance) {
        Map<String, Object> variables = new HashMap<>();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list().stream()
                .filter(v -> v.getTaskId() == null)
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        return variables;
    }

    private static Map<String, Object> peerDraftForm(Integer peerIntervalDays) {
        return AgreementForms.with(draftForm(28), "peer", peerIntervalDays);
    }

    private static Map<String, Object> draftForm(int frequencyDays) {
        return AgreementForms.draft(frequencyDays, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20));
    }
}
