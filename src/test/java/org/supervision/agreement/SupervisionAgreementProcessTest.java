package org.supervision.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SupervisionAgreementProcessTest {

    @Autowired AgreementStarter starter;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;

    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    @BeforeEach
    void onTheDemoDate() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        Fixtures.today(LocalDate.of(2026, 11, 23));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    @Test
    void anAsyeNegotiatesOneRoundAndBothSignAVersion() {
        ProcessInstance instance = open("eclark");
        SupervisionAgreement draft = agreementOf(instance);
        assertThat(draft.getMinimumIntervalDays()).as("ASYE in week 11: fortnightly").isEqualTo(14);
        assertThat(draft.getDirectObservationsPerYear()).isEqualTo(4);
        assertThat(instance).isWaitingAt("draftAgreement").task().isAssignedTo("pjones");
        assertThat(tasks.getVariableLocal(task(instance).getId(), "minimumIntervalDays")).as("shown in the form").isEqualTo(14);

        complete(instance, "pjones", draftForm(14));
        complete(instance, "eclark", Map.of("superviseeAccepts", false, "changeRequest", "Could we meet on Tuesdays?"));
        assertThat(instance).isWaitingAt("draftAgreement");
        runJob(instance);
        assertThat(tasks.getVariableLocal(task(instance).getId(), "changeRequest")).isEqualTo("Could we meet on Tuesdays?");
        complete(instance, "pjones", draftForm(14));
        complete(instance, "eclark", Map.of("superviseeAccepts", true));
        assertThat(instance).as("no other supervisor: no three-way meeting").isWaitingAt("supervisorSigns");
        complete(instance, "pjones", Map.of("signatureConfirmed", true));
        complete(instance, "eclark", Map.of("signatureConfirmed", true));

        assertThat(instance).isEnded().hasPassed("storeSignedVersion");
        SupervisionAgreement signed = agreementOf(instance);
        assertThat(signed.getStatus()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.getAgreementVersion()).isEqualTo(1);
        assertThat(signed.getNegotiationRounds()).isEqualTo(2);
        assertThat(signed.getSupervisorSignedBy()).isEqualTo("pjones");
        assertThat(signed.getSuperviseeSignedBy()).isEqualTo("eclark");
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
        assertThat(agreementOf(second).getAgreementVersion()).isEqualTo(2);
        assertThatThrownBy(() -> previous.recordReview(false, "edit after the fact"))
                .isInstanceOf(AgreementLockedException.class).hasMessageContaining("SUPERSEDED");
    }

    @Test
    void aPeerWorkerWithAPeerSupervisorHasAThreeWayMeetingBeforeSigning() {
        ProcessInstance instance = open("gwalker");
        complete(instance, "tnguyen", draftForm(28));
        complete(instance, "gwalker", Map.of("superviseeAccepts", true));

        assertThat(instance).isWaitingAt("holdThreeWayMeeting").task().isAssignedTo("tnguyen");
        complete(instance, "tnguyen", Map.of("threeWayMeetingHeldOn", "2026-11-20", "threeWayMeetingNotes", "Owen leads peer sessions"));
        assertThat(instance).isWaitingAt("supervisorSigns");
        assertThat(agreementOf(instance).getThreeWayMeetingHeldOn()).hasToString("2026-11-20");
    }

    @Test
    void threeRejectedRoundsGoToTheSupervisorsLineManager() {
        ProcessInstance instance = open("hpatel");
        for (int round = 1; round <= 3; round++) {
            complete(instance, "pjones", draftForm(28));
            complete(instance, "hpatel", Map.of("superviseeAccepts", false, "changeRequest", "Round " + round + ": monthly is too rare"));
        }

        runJob(instance);
        assertThat(instance).isWaitingAt("resolveDeadlock").task().isAssignedTo("sahmed");
        complete(instance, "sahmed", Map.of("deadlockResolution", "Three-way meeting held; fortnightly for three months"));
        assertThat(instance).isEnded().hasPassed("negotiationEscalated");
        assertThat(agreementOf(instance).getStatus()).isEqualTo(AgreementStatus.ESCALATED);
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
    void everyNewMemberOfStaffButNotALeaverGetsAnAgreementToNegotiate() {
        org.camunda.bpm.engine.RuntimeService runtime = engine.getRuntimeService();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("twright").count()).as("demo member").isPositive();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("pking").count()).as("left before the import").isZero();
    }

    private ProcessInstance open(String staffId) {
        ProcessInstance instance = starter.start(staffId);
        runJob(instance);
        return instance;
    }

    /** Runs the instance's due asynchronous steps, as the job executor would. */
    private void runJob(ProcessInstance instance) {
        for (int step = 0; step < 10; step++) {
            Job job = management.createJobQuery().processInstanceId(instance.getId()).executable().singleResult();
            if (job == null) {
                return;
            }
            management.executeJob(job.getId());
        }
    }

    private void signWithoutChanges(ProcessInstance instance, String supervisor, String supervisee) {
        complete(instance, supervisor, draftForm(28));
        complete(instance, supervisee, Map.of("superviseeAccepts", true));
        complete(instance, supervisor, Map.of("signatureConfirmed", true));
        complete(instance, supervisee, Map.of("signatureConfirmed", true));
    }

    /** Completes the waiting task as the named user, as Tasklist would after the form is submitted. */
    private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
        runJob(instance);
        Task task = task(instance);
        assertThat(task.getAssignee()).isEqualTo(userId);
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId()).toList());
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
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

    private static Map<String, Object> draftForm(int frequencyDays) {
        Map<String, Object> form = new HashMap<>();
        form.put("frequencyDays", frequencyDays);
        form.put("durationMinutes", 90);
        form.put("groundRules", "Phones off, start on time");
        form.put("recordingArrangements", "Supervisor records; shared within 5 working days; both sign");
        form.put("conflictHandling", "Raise it at the next session; then the three-way route");
        form.put("therapyDistinction", "Personal issues go to the employee assistance programme");
        form.put("equalityDiscussedOn", "2026-11-20");
        form.put("firstSessionOn", "2026-11-30");
        return form;
    }
}
