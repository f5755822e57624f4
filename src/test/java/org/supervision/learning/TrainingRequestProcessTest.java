package org.supervision.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkingDayCalendar;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Training: line manager approval, a senior manager above the threshold (500 GBP by default),
 * booking by Learning and Development, attendance into the CPD log, joint evaluation.
 */
@IntegrationTest
@AlsoOnPostgres
class TrainingRequestProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired TrainingRequests training;
    @Autowired TrainingRequestRepository requests;
    @Autowired CpdEntryRepository cpd;
    @Autowired PlanItemRepository planItems;
    @Autowired WorkingDayCalendar workingDays;
    @Autowired SupervisionClock clock;
    @Autowired ProcessDriver driver;
    LearningTeams teams;

    @BeforeEach
    void setUp() {
        teams = new LearningTeams(directory, identity);
    }

    @Test
    void atTheThresholdTheLineManagerAloneApprovesAndAttendanceLeadsToCpdAndAnEvaluation() {
        TrainingRequest request = requested("t1", "SOCIAL_WORKER", LocalDate.of(2025, 6, 2), "Court skills", "COURSE", "500");
        String process = request.getProcessInstanceId();
        assertThat(request.getStatus()).isEqualTo(TrainingRequest.Status.REQUESTED);
        assertThat(runtime.getVariable(process, "seniorApprovalNeeded")).isEqualTo(false);

        Task decision = driver.task(process, "lineManagerDecides");
        assertThat(decision.getName()).isEqualTo("Line manager approves or declines training – Lou Workert1");
        assertThat(decision.getAssignee()).isEqualTo("lsupt1");
        assertThat(tasks.getVariableLocal(decision.getId(), "costShown")).isEqualTo("£500.00");
        driver.complete(decision, "lsupt1", Map.of("approved", "true"));
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TrainingRequest.Status.APPROVED);

        Task booking = driver.task(process, "bookTraining");
        assertThat(tasks.createTaskQuery().taskId(booking.getId()).taskCandidateGroup("learning").count())
                .as("offered to Learning and Development").isEqualTo(1);
        tasks.claim(booking.getId(), "jcooper");
        assertThatThrownBy(() -> driver.complete(driver.task(process, "bookTraining"), "jcooper",
                Map.of("bookedFrom", "2027-02-10", "bookedTo", "2027-02-09")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasRootCauseMessage("bookedTo: 9 February 2027 is before the first day, 10 February 2027");
        driver.complete(driver.task(process, "bookTraining"), "jcooper",
                Map.of("bookedFrom", "2027-02-09", "bookedTo", "2027-02-10", "bookingReference", "MLS-4471"));
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TrainingRequest.Status.BOOKED);

        Task attendance = driver.task(process, "confirmAttendance");
        assertThat(attendance.getAssignee()).isEqualTo("lswt1");
        assertThat(attendance.getDueDate()).as("5 working days after the last day")
                .isEqualTo(LearningPlanProcessTest.endOf(LocalDate.of(2027, 2, 17)));
        driver.today(LocalDate.of(2027, 2, 11), process);
        Map<String, Object> attended = attended("abc");
        assertThatThrownBy(() -> driver.complete(driver.task(process, "confirmAttendance"), "lswt1", attended))
                .hasRootCauseInstanceOf(TaskInputException.class).hasRootCauseMessage("hours: 'abc' is not a number of hours");
        assertThat(cpd.findByStaffIdOrderByActivityDateAscIdAsc("lswt1")).as("nothing stored").isEmpty();
        driver.complete(driver.task(process, "confirmAttendance"), "lswt1", attended("12.5"));

        List<CpdEntry> log = cpd.findByStaffIdOrderByActivityDateAscIdAsc("lswt1");
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.getActivity()).isEqualTo("Court skills");
            assertThat(entry.getActivityDate()).isEqualTo(LocalDate.of(2027, 2, 10));
            assertThat(entry.getHours()).isEqualByComparingTo("12.5");
            assertThat(entry.getReflection()).isEqualTo("I now prepare statements with the legal team");
            assertThat(entry.getEvidenceLink()).isEqualTo("https://learning.example.org/certificates/4471");
            assertThat(entry.getTrainingRequestId()).isEqualTo(request.getId());
        });

        Task evaluation = driver.task(process, "evaluateImpact");
        assertThat(evaluation.getName()).isEqualTo("Supervisor and supervisee evaluate training impact – Lou Workert1");
        assertThat(evaluation.getAssignee()).isEqualTo("lsupt1");
        assertThat(evaluation.getDueDate()).as("no session planned: within 20 working days")
                .isEqualTo(clock.endOf(workingDays.plusWorkingDays(LocalDate.of(2027, 2, 11), 20)));
        assertThatThrownBy(() -> driver.complete(driver.task(process, "evaluateImpact"), "lsupt1",
                Map.of("impactOnPractice", "Better statements", "impactRating", "GREAT")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasRootCauseMessage("impactRating: must be one of IMPROVED, PARTLY, NOT_YET, not 'GREAT'");
        driver.complete(driver.task(process, "evaluateImpact"), "lsupt1", Map.of("impactOnPractice",
                "Statements for the March hearing were accepted without changes", "impactRating", "IMPROVED",
                "furtherNeed", "Giving evidence under cross-examination"));

        TrainingRequest done = requests.findById(request.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(TrainingRequest.Status.EVALUATED);
        assertThat(done.getImpactRating()).isEqualTo("IMPROVED");
        assertThat(done.getEvaluatedBy()).isEqualTo("lsupt1");
        assertThat(planItems.findByStaffIdOrderByIdAsc("lswt1")).extracting(PlanItem::getNeed, PlanItem::getSource)
                .contains(org.assertj.core.groups.Tuple.tuple("Giving evidence under cross-examination", "TRAINING_EVALUATION"));
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("seniorManagerDecides")
                .count()).as("no senior manager at 500 GBP").isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).singleResult()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("trainingEvaluated")
                .count()).isEqualTo(1);
    }

    @Test
    void aboveTheThresholdTheSeniorManagerApprovesToo() {
        TrainingRequest request = requested("t2", "EXPERIENCED_SOCIAL_WORKER", LocalDate.of(2020, 6, 1), "Best interests assessor course", "COURSE", "500.01");
        String process = request.getProcessInstanceId();
        driver.complete(process, "lineManagerDecides", "lsupt2", Map.of("approved", "true"));
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus())
                .isEqualTo(TrainingRequest.Status.AWAITING_SENIOR_MANAGER);

        Task senior = driver.task(process, "seniorManagerDecides");
        assertThat(senior.getName()).isEqualTo("Senior manager approves or declines training – Lou Workert2");
        assertThat(senior.getAssignee()).as("the line manager's line manager").isEqualTo("rkhan");
        driver.complete(senior, "rkhan", Map.of("approved", "true"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).singleResult()).isWaitingAt("bookTraining");
        TrainingRequest approved = requests.findById(request.getId()).orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(TrainingRequest.Status.APPROVED);
        assertThat(approved.getLineManagerId()).isEqualTo("lsupt2");
        assertThat(approved.getSeniorManagerId()).isEqualTo("rkhan");
    }

    @Test
    void aDeclineNeedsAReasonWhichTheSuperviseeSees() {
        TrainingRequest request = requested("t3", "SOCIAL_WORKER", LocalDate.of(2024, 6, 3), "Conference in Lisbon", "CONFERENCE", "1800");
        String process = request.getProcessInstanceId();
        Task decision = driver.task(process, "lineManagerDecides");
        assertThatThrownBy(() -> driver.complete(decision, "lsupt3", Map.of("approved", "false", "declineReason", " ")))
                .hasRootCauseInstanceOf(TaskInputException.class)
                .hasRootCauseMessage("declineReason: is required when declining: the supervisee is told why");
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).as("nothing stored")
                .isEqualTo(TrainingRequest.Status.REQUESTED);
        assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("the task stays open").isEqualTo(1);

        driver.complete(decision, "lsupt3", Map.of("approved", "false",
                "declineReason", "Not in this year's budget; the regional event in May covers it"));

        TrainingRequest declined = requests.findById(request.getId()).orElseThrow();
        assertThat(declined.getStatus()).isEqualTo(TrainingRequest.Status.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("Not in this year's budget; the regional event in May covers it");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("trainingDeclined")
                .count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("seniorManagerDecides")
                .count()).as("declined before any senior manager").isZero();
    }

    @Test
    void theSeniorManagerMayDeclineWithAReason() {
        TrainingRequest request = requested("t4", "ADVANCED_PRACTITIONER", LocalDate.of(2019, 6, 3), "Practice educator award", "QUALIFICATION", "300");
        String process = request.getProcessInstanceId();
        assertThat(runtime.getVariable(process, "seniorApprovalNeeded")).as("a qualification at any cost").isEqualTo(true);
        driver.complete(process, "lineManagerDecides", "lsupt4", Map.of("approved", "true"));
        driver.complete(process, "seniorManagerDecides", "rkhan", Map.of("approved", "false",
                "declineReason", "Next cohort starts in September; apply then"));

        TrainingRequest declined = requests.findById(request.getId()).orElseThrow();
        assertThat(declined.getStatus()).isEqualTo(TrainingRequest.Status.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("Next cohort starts in September; apply then");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityId("trainingDeclinedBySenior").count()).isEqualTo(1);
    }

    @Test
    void notAttendedTrainingEndsWithoutCpdOrEvaluation() {
        TrainingRequest request = requested("t5", "SOCIAL_WORKER", LocalDate.of(2024, 6, 3), "Signs of Safety refresher", "E_LEARNING", "0");
        String process = request.getProcessInstanceId();
        driver.complete(process, "lineManagerDecides", "lsupt5", Map.of("approved", "true"));
        tasks.claim(driver.task(process, "bookTraining").getId(), "jcooper");
        driver.complete(process, "bookTraining", "jcooper", Map.of("bookedFrom", "2027-01-20", "bookedTo", "2027-01-20"));
        driver.complete(process, "confirmAttendance", "lswt5", Map.of("attended", "false"));

        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TrainingRequest.Status.NOT_ATTENDED);
        assertThat(cpd.findByStaffIdOrderByActivityDateAscIdAsc("lswt5")).isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityId("trainingNotAttended").count()).isEqualTo(1);
    }

    @Test
    void anInvalidRequestIsRefusedNamingTheFieldAndNothingIsStored() {
        Fixtures.today(LocalDate.of(2027, 1, 11));
        teams.team("t6", "SOCIAL_WORKER", LocalDate.of(2024, 6, 3));
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("training-request").count();
        assertThatThrownBy(() -> training.request("lswt6", request("Court skills", "COURSE", "five hundred")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasRootCauseMessage("cost: 'five hundred' is not an amount in pounds");
        assertThatThrownBy(() -> training.request("lswt6", request("Court skills", "HOLIDAY", "100")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("category: must be one of");
        assertThatThrownBy(() -> training.request("lswt6", request(" ", "COURSE", "100")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasRootCauseMessage("title: is required");
        assertThat(requests.findByStaffIdOrderByIdAsc("lswt6")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("training-request").count()).isEqualTo(instances);
    }

    /** On 11 January 2027, a supervisee of the team with this suffix asks for training. */
    private TrainingRequest requested(String team, String category, LocalDate startedOn, String title, String trainingCategory,
                                      String cost) {
        Fixtures.today(LocalDate.of(2027, 1, 11));
        teams.team(team, category, startedOn);
        return training.request("lsw" + team, request(title, trainingCategory, cost));
    }

    static Map<String, Object> request(String title, String category, String cost) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("provider", "Regional Social Work Academy");
        form.put("category", category);
        form.put("cost", cost);
        form.put("learningObjective", "Prepare for my first contested hearing");
        return form;
    }

    static Map<String, Object> attended(String hours) {
        Map<String, Object> form = new HashMap<>();
        form.put("attended", "true");
        form.put("hours", hours);
        form.put("reflection", "I now prepare statements with the legal team");
        form.put("evidenceLink", "https://learning.example.org/certificates/4471");
        return form;
    }
}
