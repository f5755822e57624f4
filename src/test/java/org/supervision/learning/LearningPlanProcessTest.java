package org.supervision.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.session.SessionLearningNeeds;
import org.supervision.shared.TaskInputException;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The L&D plan: agreed within three months of joining with the needs from sessions, reviewed every April. */
@IntegrationTest
@AlsoOnPostgres
class LearningPlanProcessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired LearningPlanRepository plans;
    @Autowired PlanItemRepository items;
    @Autowired PlanReviewRepository reviews;
    @Autowired LearningNeedCollector collector;
    @Autowired TrainingRequests training;
    @Autowired ProcessDriver driver;
    LearningTeams teams;

    @BeforeEach
    void setUp() {
        teams = new LearningTeams(directory, identity);
    }

    @Test
    void thePlanIsDueThreeMonthsAfterJoiningAndTakesInTheNeedsFromSessionRecords() {
        LocalDate joined = LocalDate.of(2026, 11, 23);
        Fixtures.today(joined);
        teams.team("p1", "SOCIAL_WORKER", joined);
        String plan = planProcess("lswp1");
        SessionLearningNeeds.firstSessionWithNeeds(engine, "lswp1", "lsupp1", joined, LocalDate.of(2026, 11, 30),
                "Court skills", "Assessment writing");
        Fixtures.today(LocalDate.of(2026, 12, 1));

        Task agree = driver.task(plan, "agreePlan");
        assertThat(agree.getName()).isEqualTo("Supervisor and supervisee agree learning and development plan – Lou Workerp1");
        assertThat(agree.getAssignee()).isEqualTo("lsupp1");
        assertThat(agree.getDueDate()).as("by the end of the day three months after joining")
                .isEqualTo(endOf(LocalDate.of(2027, 2, 23)));
        List<PlanItem> collected = items.findByStaffIdOrderByIdAsc("lswp1");
        assertThat(collected).extracting(PlanItem::getNeed, PlanItem::getSource, PlanItem::getIdentifiedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Court skills", "SESSION", LocalDate.of(2026, 11, 30)),
                        org.assertj.core.groups.Tuple.tuple("Assessment writing", "SESSION", LocalDate.of(2026, 11, 30)));
        String shown = (String) tasks.getVariableLocal(agree.getId(), "planItems");
        PlanItem court = collected.get(0);
        PlanItem writing = collected.get(1);
        assertThat(shown).contains("#" + court.getId() + " | Court skills |  | ", "#" + writing.getId() + " | Assessment writing");
        assertThat((String) tasks.getVariableLocal(agree.getId(), "collectedNeeds")).contains("Court skills (session, 2026-11-30)");

        // collecting again (the task reopened, a second source asked) adds nothing twice
        assertThat(collector.collect("lswp1")).isEmpty();

        // a collected need without a planned activity: refused, nothing stored
        assertThatThrownBy(() -> driver.complete(agree, "lsupp1", planForm(shown + "\nChild development | Read the guide | 2027-01-31")))
                .hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("planItems").hasMessageContaining("Court skills").hasMessageContaining("planned activity");
        assertThat(items.findByStaffIdOrderByIdAsc("lswp1")).hasSize(2);
        assertThat(plans.findByStaffId("lswp1").orElseThrow().getAgreedOn()).isNull();
        assertThatThrownBy(() -> driver.complete(agree, "lsupp1", planForm("#" + court.getId() + " | Court skills | Course | 31/03/2027")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("is not a date in the form YYYY-MM-DD");
        Map<String, Object> notAgreed = planForm("Child development | Read the guide | 2027-01-31");
        notAgreed.put("superviseeAgreed", false);
        assertThatThrownBy(() -> driver.complete(agree, "lsupp1", notAgreed))
                .hasRootCauseInstanceOf(TaskInputException.class).hasRootCauseMessage("superviseeAgreed: the plan is agreed by supervisor and supervisee together: complete the task once both agree");

        driver.complete(agree, "lsupp1", planForm(
                "#" + court.getId() + " | Court skills | Court skills course (two days) | 2027-03-31\n"
                + "#" + writing.getId() + " | Assessment writing | Shadow an advanced practitioner's assessments | 2027-02-28\n"
                + "Child development | Read the practice guide and discuss it in supervision | 2027-01-31"));

        LearningPlan agreed = plans.findByStaffId("lswp1").orElseThrow();
        assertThat(agreed.getAgreedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(agreed.getAgreedBy()).isEqualTo("lsupp1");
        assertThat(items.findByStaffIdOrderByIdAsc("lswp1"))
                .extracting(PlanItem::getNeed, PlanItem::getPlannedActivity, PlanItem::getByWhen, PlanItem::getSource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Court skills", "Court skills course (two days)", LocalDate.of(2027, 3, 31), "SESSION"),
                        org.assertj.core.groups.Tuple.tuple("Assessment writing", "Shadow an advanced practitioner's assessments", LocalDate.of(2027, 2, 28), "SESSION"),
                        org.assertj.core.groups.Tuple.tuple("Child development", "Read the practice guide and discuss it in supervision", LocalDate.of(2027, 1, 31), "AGREED"));
        assertThat(reviews.findByPlanIdOrderByIdAsc(agreed.getId())).extracting(PlanReview::getKind)
                .containsExactly(PlanReview.Kind.INITIAL);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan).singleResult()).isWaitingAt("aprilReview");
        assertThat(timer(plan).getDuedate()).as("the next 15 April").isEqualTo(startOf(LocalDate.of(2027, 4, 15)));
        assertThat(runtime.getVariables(plan)).as("ids and decisions only").containsOnlyKeys("staffId");
    }

    @Test
    void everyAprilAfterTheAppraisalThePlanIsReviewedWithTheNeedsIdentifiedSince() {
        LocalDate joined = LocalDate.of(2026, 11, 23);
        Fixtures.today(joined);
        teams.team("p2", "EXPERIENCED_SOCIAL_WORKER", joined);
        String plan = planProcess("lswp2");
        driver.complete(plan, "agreePlan", "lsupp2", planForm("Leading group supervision | Action learning set | 2027-03-31"));
        SessionLearningNeeds.firstSessionWithNeeds(engine, "lswp2", "lsupp2", LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 12, 7), "Domestic abuse risk assessment");

        driver.today(LocalDate.of(2027, 3, 31), plan);
        driver.today(LocalDate.of(2027, 4, 14), plan);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan).singleResult()).isWaitingAt("aprilReview");
        driver.today(LocalDate.of(2027, 4, 15), plan);
        Task review = driver.task(plan, "reviewPlan");
        assertThat(review.getName()).isEqualTo("Supervisor and supervisee review learning and development plan – Lou Workerp2");
        assertThat(review.getAssignee()).isEqualTo("lsupp2");
        assertThat(review.getDueDate()).as("in April, as the policy says").isEqualTo(endOf(LocalDate.of(2027, 4, 30)));
        List<PlanItem> now = items.findByStaffIdOrderByIdAsc("lswp2");
        assertThat(now).extracting(PlanItem::getNeed, PlanItem::getSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Leading group supervision", "AGREED"),
                org.assertj.core.groups.Tuple.tuple("Domestic abuse risk assessment", "SESSION"));
        assertThat((String) tasks.getVariableLocal(review.getId(), "collectedNeeds")).contains("Domestic abuse risk assessment");

        driver.complete(review, "lsupp2", planForm(
                "#" + now.get(0).getId() + " | Leading group supervision | Action learning set | 2027-03-31 | MET\n"
                + "#" + now.get(1).getId() + " | Domestic abuse risk assessment | DASH training | 2027-09-30"));

        LearningPlan reviewed = plans.findByStaffId("lswp2").orElseThrow();
        assertThat(reviewed.getLastReviewedOn()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(reviews.findByPlanIdOrderByIdAsc(reviewed.getId())).extracting(PlanReview::getKind, PlanReview::getHeldOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlanReview.Kind.INITIAL, LocalDate.of(2026, 11, 23)),
                        org.assertj.core.groups.Tuple.tuple(PlanReview.Kind.ANNUAL_REVIEW, LocalDate.of(2027, 4, 15)));
        assertThat(items.findByStaffIdOrderByIdAsc("lswp2")).extracting(PlanItem::getStatus)
                .containsExactly(PlanItem.Status.MET, PlanItem.Status.OPEN);
        assertThat(timer(plan).getDuedate()).as("a year later").isEqualTo(startOf(LocalDate.of(2028, 4, 15)));
    }

    @Test
    void aNeedRecordedWhileThePlanTaskIsOpenJoinsThePlanForTheNextReview() {
        LocalDate joined = LocalDate.of(2026, 11, 23);
        Fixtures.today(joined);
        teams.team("p4", "SOCIAL_WORKER", joined);
        String plan = planProcess("lswp4");
        Task agree = driver.task(plan, "agreePlan");
        assertThat((String) tasks.getVariableLocal(agree.getId(), "planItems")).isEmpty();
        SessionLearningNeeds.firstSessionWithNeeds(engine, "lswp4", "lsupp4", joined, LocalDate.of(2026, 11, 30),
                "Working with interpreters");

        driver.complete(agree, "lsupp4", planForm("Chronologies | Team workshop | 2027-01-31"));

        assertThat(items.findByStaffIdOrderByIdAsc("lswp4"))
                .extracting(PlanItem::getNeed, PlanItem::getSource, PlanItem::getPlannedActivity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Working with interpreters", "SESSION", null),
                        org.assertj.core.groups.Tuple.tuple("Chronologies", "AGREED", "Team workshop"));
        driver.today(LocalDate.of(2027, 4, 15), plan);
        Task review = driver.task(plan, "reviewPlan");
        assertThat((String) tasks.getVariableLocal(review.getId(), "planItems")).contains("| Working with interpreters |  | ");
        assertThatThrownBy(() -> driver.complete(review, "lsupp4", planForm("")))
                .hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("'Working with interpreters' needs a planned activity");
    }

    @Test
    void aLeaversPlanAndOpenTrainingRequestCloseAfterTheirLastWorkingDay() {
        LocalDate joined = LocalDate.of(2026, 11, 23);
        Fixtures.today(joined);
        teams.team("p3", "SOCIAL_WORKER", joined);
        String plan = planProcess("lswp3");
        driver.task(plan, "agreePlan");
        String request = training.request("lswp3", TrainingRequestProcessTest.request("Court skills", "COURSE", "100"))
                .getProcessInstanceId();
        directory.importStaff(new java.io.StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\nlswp3,Lou,Workerp3,lswp3@example.org,SOCIAL_WORKER,2026-11-23,37,lsupp3,,2027-01-08\n"));
        String leaving = runtime.createProcessInstanceQuery().processDefinitionKey("staff-leaving")
                .processInstanceBusinessKey("lswp3").singleResult().getId();

        driver.today(LocalDate.of(2027, 1, 9), leaving);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan).singleResult()).isNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(plan)
                .activityId("planClosed").count()).isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(request)
                .activityId("requestClosed").count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskAssignee("lsupp3").count()).as("no task about a leaver").isZero();
    }

    private String planProcess(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("learning-plan")
                .processInstanceBusinessKey(staffId).singleResult().getId();
    }

    private Job timer(String plan) {
        return management.createJobQuery().processInstanceId(plan).timers().singleResult();
    }

    static Map<String, Object> planForm(String lines) {
        Map<String, Object> form = new HashMap<>();
        form.put("planItems", lines);
        form.put("planNotes", "Agreed in supervision");
        form.put("superviseeAgreed", true);
        return form;
    }

    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(LONDON).toInstant());
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LONDON).toInstant());
    }
}
