package org.supervision.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;
import org.supervision.audit.RecordAccess;
import org.supervision.audit.RecordAccessRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;

/**
 * A year of work plans and appraisals with the clock under test control, for an ASYE who
 * joins on 1 July 2026 and an experienced social worker: the work plan within three
 * months (reminder, escalation, renewal a year later), the September appraisal with a
 * performance concern for HR, the March appraisal moderated to career progression, every
 * reminder and escalation, and invalid input refused with nothing stored.
 */
@IntegrationTest
@AlsoOnPostgres
class AppraisalYearTest {

    @Autowired StaffDirectoryImport directory;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired AppraisalLaunches launches;
    @Autowired AppraisalRepository appraisals;
    @Autowired AppraisalObjectiveProgressRepository progress;
    @Autowired AppraisalDevelopmentNeedRepository developmentNeeds;
    @Autowired org.supervision.learning.LearningNeedCollector learningNeeds;
    @Autowired AppraisalReminderRepository reminders;
    @Autowired WorkPlanRepository plans;
    @Autowired WorkPlanObjectiveRepository objectives;
    @Autowired AppraisalController api;
    @Autowired AppraisalLaunchRepository launchRepository;
    @Autowired RecordAccessRepository accessLog;

    @Autowired ProcessDriver driver;

    @Test
    void workPlanIsDueThreeMonthsAfterJoiningIsRemindedEscalatedAndRenewedAYearLater() {
        Fixtures.today(LocalDate.of(2026, 7, 1));
        AppraisalTeams.team(directory, "w");
        String asyePlan = workPlanProcess("asyew");
        String eswPlan = workPlanProcess("aesww");

        Task asyeTask = driver.task(asyePlan, "agreeWorkPlan");
        assertThat(asyeTask.getAssignee()).isEqualTo("asupw");
        assertThat(day(asyeTask.getDueDate())).as("three months after the start date").isEqualTo(LocalDate.of(2026, 10, 1));
        Task eswTask = driver.task(eswPlan, "agreeWorkPlan");
        assertThat(day(eswTask.getDueDate())).as("joined long ago: one month from today").isEqualTo(LocalDate.of(2026, 8, 1));

        // reminder two weeks before the due date: the task goes to the top of the supervisor's list
        driver.today(LocalDate.of(2026, 9, 17), asyePlan);
        assertThat(reminderKinds(AppraisalReminder.Subject.WORK_PLAN, planOf(asyePlan).getId())).isEmpty();
        driver.today(LocalDate.of(2026, 9, 18), asyePlan);
        assertThat(reminderKinds(AppraisalReminder.Subject.WORK_PLAN, planOf(asyePlan).getId()))
                .containsExactly(AppraisalReminder.Kind.REMINDER);
        assertThat(driver.task(asyePlan, "agreeWorkPlan").getPriority()).isEqualTo(AppraisalReminders.REMINDED_PRIORITY);

        // invalid objectives: the field is named, nothing is stored, the task stays open
        assertThatThrownBy(() -> driver.complete(asyePlan, "agreeWorkPlan", "asupw", AppraisalTeams.workPlan(
                "Complete assessments on time | SP 2.1 Timely assessments | 95% within 45 days | next week")))
                .hasMessageContaining("objectives: line 1")
                .hasMessageContaining("review date 'next week' is not a date");
        assertThatThrownBy(() -> driver.complete(asyePlan, "agreeWorkPlan", "asupw", AppraisalTeams.workPlan(
                "Complete assessments on time | 95% within 45 days")))
                .hasMessageContaining("objectives: line 1")
                .hasMessageContaining("objective | service-plan objective | milestone or target | review date");
        assertThat(objectives.findByWorkPlanIdOrderByPositionAsc(planOf(asyePlan).getId())).isEmpty();
        assertThat(planOf(asyePlan).isAgreed()).isFalse();

        // not agreed by the due date: the supervisor's line manager follows it up
        driver.today(LocalDate.of(2026, 10, 1), asyePlan);
        assertThat(tasks.createTaskQuery().processInstanceId(asyePlan).taskDefinitionKey("followUpLateWorkPlan").count()).isZero();
        driver.today(LocalDate.of(2026, 10, 2), asyePlan);
        Task followUp = driver.task(asyePlan, "followUpLateWorkPlan");
        assertThat(followUp.getAssignee()).isEqualTo("rkhan");
        assertThatThrownBy(() -> driver.complete(followUp, "rkhan", Map.of("followUpNotes", " ")))
                .hasMessageContaining("followUpNotes: is required");
        driver.complete(followUp, "rkhan", Map.of("followUpNotes", "Agreed with Ann to finish it this week"));
        assertThat(reminders.findBySubjectAndSubjectIdOrderByIdAsc(AppraisalReminder.Subject.WORK_PLAN, planOf(asyePlan).getId()))
                .extracting(AppraisalReminder::getKind, AppraisalReminder::getRecipient, AppraisalReminder::getNotes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AppraisalReminder.Kind.REMINDER, "asupw", null),
                        org.assertj.core.groups.Tuple.tuple(AppraisalReminder.Kind.ESCALATION, "rkhan",
                                "Agreed with Ann to finish it this week"));

        driver.complete(asyePlan, "agreeWorkPlan", "asupw", AppraisalTeams.workPlan(
                "Complete assessments on time | SP 2.1 Timely assessments | 95% within 45 days | 2027-01-15\n"
                        + "Complete the ASYE portfolio | SP 4.3 Skilled workforce | Portfolio signed off | 2027-06-30"));
        WorkPlan agreed = planOf(asyePlan);
        assertThat(agreed.isAgreed()).isTrue();
        assertThat(agreed.getAgreedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(agreed.getAgreedBy()).isEqualTo("asupw");
        assertThat(agreed.getTrainingNeeds()).isEqualTo("Court skills");
        assertThat(objectives.findByWorkPlanIdOrderByPositionAsc(agreed.getId()))
                .extracting(WorkPlanObjective::getObjective, WorkPlanObjective::getServicePlanObjective,
                        WorkPlanObjective::getMilestone, WorkPlanObjective::getReviewOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Complete assessments on time", "SP 2.1 Timely assessments",
                                "95% within 45 days", LocalDate.of(2027, 1, 15)),
                        org.assertj.core.groups.Tuple.tuple("Complete the ASYE portfolio", "SP 4.3 Skilled workforce",
                                "Portfolio signed off", LocalDate.of(2027, 6, 30)));
        assertThat(runtime.getVariables(asyePlan)).as("ids and decisions only")
                .doesNotContainKeys("objectives", "trainingNeeds", "supportNeeds", "constraints");

        // renewed a year after agreement
        driver.today(LocalDate.of(2027, 10, 1), asyePlan);
        assertThat(tasks.createTaskQuery().processInstanceId(asyePlan).taskDefinitionKey("agreeWorkPlan").count()).isZero();
        driver.today(LocalDate.of(2027, 10, 2), asyePlan);
        Task renewal = driver.task(asyePlan, "agreeWorkPlan");
        assertThat(plans.findByStaffIdOrderByPlanNumberAsc("asyew")).extracting(WorkPlan::getPlanNumber).containsExactly(1, 2);
        assertThat(day(renewal.getDueDate())).isEqualTo(LocalDate.of(2027, 11, 2));
        assertThat(tasks.getVariableLocal(renewal.getId(), "previousObjectives").toString())
                .contains("Complete the ASYE portfolio | SP 4.3 Skilled workforce");
    }

    @Test
    void septemberAppraisalOfAnAsyeWithRemindersEscalationSignaturesModerationAndAPerformanceConcernForHr() {
        Fixtures.today(LocalDate.of(2026, 9, 1));
        AppraisalTeams.team(directory, "s");
        assertThat(launches.dueOn(LocalDate.of(2026, 9, 1))).contains(new AppraisalLaunches.Due(AppraisalPeriod.MID_YEAR, 2026));
        Appraisal launched = launches.launchFor("asyes", AppraisalPeriod.MID_YEAR, 2026);
        assertThat(launches.launchFor("asyes", AppraisalPeriod.MID_YEAR, 2026).getId()).as("no duplicate").isEqualTo(launched.getId());
        String pid = launched.getProcessInstanceId();
        Long id = launched.getId();

        Task self = driver.task(pid, "selfAppraisal");
        assertThat(self.getAssignee()).isEqualTo("asyes");
        // 10 working days from Tuesday 1 September
        assertThat(day(self.getDueDate())).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(tasks.getVariableLocal(self.getId(), "appraisalShown")).isEqualTo("Mid-year appraisal 2026");

        driver.today(LocalDate.of(2026, 9, 10), pid);
        assertThat(reminderKinds(AppraisalReminder.Subject.APPRAISAL, id)).isEmpty();
        driver.today(LocalDate.of(2026, 9, 11), pid);
        assertThat(reminderKinds(AppraisalReminder.Subject.APPRAISAL, id)).containsExactly(AppraisalReminder.Kind.REMINDER);
        driver.today(LocalDate.of(2026, 9, 16), pid);
        Task followUp = driver.task(pid, "followUpSelfAppraisal");
        assertThat(followUp.getAssignee()).as("the supervisee's line manager").isEqualTo("asups");
        driver.complete(followUp, "asups", Map.of("followUpNotes", "Reminded Yan in our 1:1"));
        assertThat(reminderKinds(AppraisalReminder.Subject.APPRAISAL, id))
                .containsExactly(AppraisalReminder.Kind.REMINDER, AppraisalReminder.Kind.ESCALATION);

        Map<String, Object> noAssessment = AppraisalTeams.selfAppraisal();
        noAssessment.put("selfAssessment", "");
        assertThatThrownBy(() -> driver.complete(pid, "selfAppraisal", "asyes", noAssessment))
                .hasMessageContaining("selfAssessment: is required");
        assertThat(appraisals.findById(id).orElseThrow().getSelfAppraisedAt()).isNull();
        driver.complete(pid, "selfAppraisal", "asyes", AppraisalTeams.selfAppraisal());

        Task appraise = driver.task(pid, "supervisorAppraises");
        assertThat(appraise.getAssignee()).isEqualTo("asups");
        assertThat(tasks.getVariableLocal(appraise.getId(), "selfAssessmentShown")).isEqualTo("A steep but good first months");
        Map<String, Object> concernWithoutText = AppraisalTeams.supervisorAppraisal("ASYE", "NONE", true);
        concernWithoutText.put("performanceConcernDetails", " ");
        assertThatThrownBy(() -> driver.complete(appraise, "asups", concernWithoutText))
                .hasMessageContaining("performanceConcernDetails: is required when you record a performance concern");
        Map<String, Object> badLevel = AppraisalTeams.supervisorAppraisal("SENIOR", "NONE", true);
        assertThatThrownBy(() -> driver.complete(appraise, "asups", badLevel))
                .hasMessageContaining("pcfLevel: must be one of ASYE, SW, ESW, AP");
        assertThat(developmentNeeds.findByStaffIdOrderByIdentifiedOnAsc("asyes")).as("nothing stored").isEmpty();
        assertThat(progress.findByAppraisalIdOrderByPositionAsc(id)).isEmpty();

        driver.complete(appraise, "asups", AppraisalTeams.supervisorAppraisal("ASYE", "NONE", true));
        Appraisal appraised = appraisals.findById(id).orElseThrow();
        assertThat(appraised.getPcfLevel()).isEqualTo(Appraisal.PcfLevel.ASYE);
        assertThat(appraised.isPerformanceConcern()).isTrue();
        assertThat(developmentNeeds.findByStaffIdOrderByIdentifiedOnAsc("asyes"))
                .extracting(AppraisalDevelopmentNeed::getDescription, AppraisalDevelopmentNeed::getIdentifiedOn,
                        AppraisalDevelopmentNeed::getAppraisalId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Report writing for court", LocalDate.of(2026, 9, 16), id),
                        org.assertj.core.groups.Tuple.tuple("Chairing meetings", LocalDate.of(2026, 9, 16), id));
        assertThat(learningNeeds.collect("asyes")).as("they join the learning and development plan")
                .filteredOn(item -> item.getSource().equals("APPRAISAL"))
                .extracting(org.supervision.learning.PlanItem::getNeed)
                .containsExactly("Report writing for court", "Chairing meetings");

        // the concern goes to HR, in parallel with the rest of the appraisal
        Task hr = driver.task(pid, "hrConsidersConcern");
        assertThat(hr.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(hr.getId())).extracting(link -> link.getGroupId()).containsExactly("hr");
        assertThat(tasks.getVariableLocal(hr.getId(), "performanceConcernShown")).isEqualTo("Case recording repeatedly months late");
        assertThat(runtime.getVariables(pid)).as("the concern is not a process variable")
                .doesNotContainKeys("performanceConcern", "performanceConcernDetails", "strengths", "developmentAreas");

        // visible to HR and the line-management chain only, every read logged
        assertThat(api.performanceConcern(id, user("hbaker")).concern()).isEqualTo("Case recording repeatedly months late");
        assertThat(api.performanceConcern(id, user("rkhan")).raisedBy()).isEqualTo("asups");
        assertThatThrownBy(() -> api.performanceConcern(id, user("asyes")))
                .isInstanceOf(ErrorResponseException.class).hasMessageContaining("403");
        assertThatThrownBy(() -> api.performanceConcern(id, user("pjones")))
                .isInstanceOf(ErrorResponseException.class).hasMessageContaining("403");
        assertThat(accessLog.findBySubjectStaffIdOrderByIdAsc("asyes")).filteredOn(a -> a.getResource().endsWith("performance-concern"))
                .extracting(RecordAccess::getUserId, RecordAccess::isGranted, RecordAccess::getBasis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hbaker", true, "HR"),
                        org.assertj.core.groups.Tuple.tuple("rkhan", true, "LINE_MANAGEMENT_CHAIN"),
                        org.assertj.core.groups.Tuple.tuple("asyes", false, "NONE"),
                        org.assertj.core.groups.Tuple.tuple("pjones", false, "NONE"));
        assertThat(api.appraisal(id, user("asyes")).strengths()).as("the supervisee reads their appraisal")
                .isEqualTo("Relationships with families");

        tasks.claim(hr.getId(), "hbaker");
        driver.complete(pid, "hrConsidersConcern", "hbaker", Map.of("hrDecision", "CAPABILITY_ROUTE",
                "hrNotes", "Informal capability stage opened with HR adviser"));
        assertThat(appraisals.findById(id).orElseThrow().getHrDecision()).isEqualTo(Appraisal.HrDecision.CAPABILITY_ROUTE);
        assertThat(appraisals.findById(id).orElseThrow().getHrDecidedBy()).isEqualTo("hbaker");

        assertThatThrownBy(() -> driver.complete(pid, "appraisalMeeting", "asups", AppraisalTeams.meeting("2026-09-30")))
                .hasMessageContaining("meetingHeldOn: 30 September 2026 is in the future");
        driver.complete(pid, "appraisalMeeting", "asups", AppraisalTeams.meeting("2026-09-16"));

        // signatures: each party's own authenticated completion, time-stamped
        Fixtures.today(LocalDate.of(2026, 9, 17));
        Task supervisorSigns = driver.task(pid, "supervisorSigns");
        assertThatThrownBy(() -> driver.complete(supervisorSigns, "asups", Map.of("signature", false)))
                .hasMessageContaining("signature: tick the box to sign");
        assertThatThrownBy(() -> tasks.complete(supervisorSigns.getId(), Map.of("signature", true)))
                .as("not logged in as the supervisor").hasMessageContaining("signature: only asups");
        driver.complete(supervisorSigns, "asups", AppraisalTeams.signature());
        Task superviseeSigns = driver.task(pid, "superviseeSigns");
        assertThat(superviseeSigns.getAssignee()).isEqualTo("asyes");
        assertThat(tasks.getVariablesLocal(superviseeSigns.getId()).values())
                .as("the supervisee's form does not show the concern")
                .doesNotContain("Case recording repeatedly months late");
        Map<String, Object> signed = AppraisalTeams.signature();
        signed.put("superviseeComments", "I accept the support offered");
        driver.complete(superviseeSigns, "asyes", signed);
        Appraisal bothSigned = appraisals.findById(id).orElseThrow();
        assertThat(bothSigned.getSupervisorSignedBy()).isEqualTo("asups");
        assertThat(bothSigned.getSupervisorSignedAt()).isNotNull();
        assertThat(bothSigned.getSuperviseeSignedAt()).isAfterOrEqualTo(bothSigned.getSupervisorSignedAt());
        assertThat(bothSigned.getSuperviseeComments()).isEqualTo("I accept the support offered");

        Task moderation = driver.task(pid, "moderateAppraisal");
        assertThat(moderation.getAssignee()).as("the supervisor's line manager").isEqualTo("rkhan");
        Map<String, Object> progression = new HashMap<>(Map.of("moderation", "CHANGED",
                "moderatedRecommendation", "INCREMENTAL", "moderationNotes", "Good work"));
        assertThatThrownBy(() -> driver.complete(moderation, "rkhan", progression))
                .hasMessageContaining("moderatedRecommendation: progression cannot be recommended while a performance concern is open");
        driver.complete(moderation, "rkhan", Map.of("moderation", "AGREED"));

        Appraisal done = appraisals.findById(id).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(Appraisal.Status.COMPLETED);
        assertThat(done.getOutcome()).isEqualTo(Appraisal.Recommendation.NONE);
        assertThat(done.getModeratedBy()).isEqualTo("rkhan");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    }

    @Test
    void marchAppraisalOfAnExperiencedSocialWorkerIsModeratedToCareerProgression() {
        Fixtures.today(LocalDate.of(2027, 2, 1));
        AppraisalTeams.team(directory, "m");
        String eswPlan = workPlanProcess("aeswm");
        driver.complete(eswPlan, "agreeWorkPlan", "asupm", AppraisalTeams.workPlan(
                "Lead the duty rota review | SP 1.2 Safe front door | New rota in place | 2027-06-01"));

        Fixtures.today(LocalDate.of(2027, 3, 1));
        assertThat(launches.dueOn(LocalDate.of(2027, 3, 1))).contains(new AppraisalLaunches.Due(AppraisalPeriod.END_OF_YEAR, 2027));
        assertThat(launches.dueOn(LocalDate.of(2027, 3, 15))).as("within the launch window")
                .contains(new AppraisalLaunches.Due(AppraisalPeriod.END_OF_YEAR, 2027));
        assertThat(launches.dueOn(LocalDate.of(2027, 3, 16))).isEmpty();
        assertThat(launches.dueOn(LocalDate.of(2027, 8, 31))).isEmpty();
        Appraisal launched = launches.launchFor("aeswm", AppraisalPeriod.END_OF_YEAR, 2027);
        String pid = launched.getProcessInstanceId();
        Long id = launched.getId();
        assertThat(tasks.getVariableLocal(driver.task(pid, "selfAppraisal").getId(), "workPlanObjectives").toString())
                .startsWith("Lead the duty rota review | SP 1.2 Safe front door");
        driver.complete(pid, "selfAppraisal", "aeswm", AppraisalTeams.selfAppraisal());

        Task appraise = driver.task(pid, "supervisorAppraises");
        Map<String, Object> noProgress = AppraisalTeams.supervisorAppraisal("ESW", "INCREMENTAL", false);
        noProgress.remove("objectiveProgress");
        assertThatThrownBy(() -> driver.complete(appraise, "asupm", noProgress))
                .hasMessageContaining("objectiveProgress: give progress on each work-plan objective");
        Map<String, Object> noLevel = AppraisalTeams.supervisorAppraisal(null, "INCREMENTAL", false);
        assertThatThrownBy(() -> driver.complete(appraise, "asupm", noLevel)).hasMessageContaining("pcfLevel: is required");
        Map<String, Object> noReason = AppraisalTeams.supervisorAppraisal("ESW", "INCREMENTAL", false);
        noReason.remove("recommendationReason");
        assertThatThrownBy(() -> driver.complete(appraise, "asupm", noReason)).hasMessageContaining("recommendationReason: is required");
        assertThat(developmentNeeds.findByStaffIdOrderByIdentifiedOnAsc("aeswm")).isEmpty();

        Map<String, Object> form = AppraisalTeams.supervisorAppraisal("ESW", "INCREMENTAL", false);
        form.put("objectiveProgress", "Lead the duty rota review | New rota agreed with the team, starts in April");
        driver.complete(appraise, "asupm", form);
        assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("hrConsidersConcern").count())
                .as("no concern, nothing for HR").isZero();
        assertThat(progress.findByAppraisalIdOrderByPositionAsc(id)).extracting(AppraisalObjectiveProgress::getProgress)
                .containsExactly("New rota agreed with the team, starts in April");
        assertThat(appraisals.findById(id).orElseThrow().getWorkPlanId()).isEqualTo(planOf(eswPlan).getId());

        driver.complete(pid, "appraisalMeeting", "asupm", AppraisalTeams.meeting("2027-03-01"));
        // the supervisor does not sign: reminder after 7 working days, the senior manager follows up after 10
        driver.today(LocalDate.of(2027, 3, 11), pid);
        assertThat(driver.task(pid, "supervisorSigns").getPriority()).isEqualTo(AppraisalReminders.REMINDED_PRIORITY);
        driver.today(LocalDate.of(2027, 3, 16), pid);
        Task followUp = driver.task(pid, "followUpSupervisorSigns");
        assertThat(followUp.getAssignee()).isEqualTo("rkhan");
        driver.complete(followUp, "rkhan", Map.of("followUpNotes", "Ann signs today"));
        driver.complete(pid, "supervisorSigns", "asupm", AppraisalTeams.signature());
        driver.complete(pid, "superviseeSigns", "aeswm", AppraisalTeams.signature());

        Task moderation = driver.task(pid, "moderateAppraisal");
        Map<String, Object> noNotes = new HashMap<>(Map.of("moderation", "CHANGED", "moderatedRecommendation", "CAREER_PROGRESSION"));
        assertThatThrownBy(() -> driver.complete(moderation, "rkhan", noNotes))
                .hasMessageContaining("moderationNotes: is required when you change the recommendation");
        assertThat(appraisals.findById(id).orElseThrow().getModeratedAt()).isNull();
        driver.complete(moderation, "rkhan", Map.of("moderation", "CHANGED", "moderatedRecommendation", "CAREER_PROGRESSION",
                "moderationNotes", "Ready for advanced practitioner: leads the rota review"));

        Appraisal done = appraisals.findById(id).orElseThrow();
        assertThat(done.getRecommendation()).isEqualTo(Appraisal.Recommendation.INCREMENTAL);
        assertThat(done.getOutcome()).isEqualTo(Appraisal.Recommendation.CAREER_PROGRESSION);
        assertThat(done.getStatus()).isEqualTo(Appraisal.Status.COMPLETED);
        assertThat(done.getPcfLevel()).isEqualTo(Appraisal.PcfLevel.ESW);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
        assertThat(api.appraisal(id, user("rkhan")).outcome()).isEqualTo(Appraisal.Recommendation.CAREER_PROGRESSION);
        assertThatThrownBy(() -> api.appraisal(id, user("lwilson"))).hasMessageContaining("403");
    }

    @Test
    void anAppraisalThatCannotBeRoutedBecomesAnIncidentForThatPersonOnly() {
        Fixtures.today(LocalDate.of(2026, 9, 1));
        AppraisalTeams.team(directory, "i");
        directory.importStaff(new java.io.StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + "anosupi,Nora,Nosup,anosupi@example.org,OTHER_STAFF,2024-01-08,37,asupi,,\n"));
        Appraisal unroutable = launches.launchFor("anosupi", AppraisalPeriod.MID_YEAR, 2026);
        Appraisal fine = launches.launchFor("aeswi", AppraisalPeriod.MID_YEAR, 2026);
        Task self = driver.task(unroutable.getProcessInstanceId(), "selfAppraisal");
        identity.setAuthentication("anosupi", List.of("staff"));
        tasks.complete(self.getId(), AppraisalTeams.selfAppraisal());
        identity.clearAuthentication();
        driver.complete(fine.getProcessInstanceId(), "selfAppraisal", "aeswi", AppraisalTeams.selfAppraisal());

        org.camunda.bpm.engine.ManagementService management = engine.getManagementService();
        org.camunda.bpm.engine.runtime.Job job = management.createJobQuery()
                .processInstanceId(unroutable.getProcessInstanceId()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("no active management supervisor");
        }
        assertThat(runtime.createIncidentQuery().processInstanceId(unroutable.getProcessInstanceId()).singleResult()
                .getIncidentMessage()).contains("Nora Nosup (anosupi) has no active management supervisor");
        assertThat(appraisals.findById(unroutable.getId()).orElseThrow().getSelfAppraisedAt())
                .as("the supervisee's completion stands").isNotNull();
        assertThat(driver.task(fine.getProcessInstanceId(), "supervisorAppraises").getAssignee()).isEqualTo("asupi");
        assertThat(runtime.createIncidentQuery().processInstanceId(fine.getProcessInstanceId()).count()).isZero();
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void overHttpTheConcernIsForHrAndTheChainAndLaunchingIsForHrAndAdministrators() {
        Fixtures.today(LocalDate.of(2026, 9, 2));
        AppraisalTeams.team(directory, "h");
        Appraisal launched = launches.launchFor("asyeh", AppraisalPeriod.MID_YEAR, 2026);
        String pid = launched.getProcessInstanceId();
        driver.complete(pid, "selfAppraisal", "asyeh", AppraisalTeams.selfAppraisal());
        driver.complete(pid, "supervisorAppraises", "asuph", AppraisalTeams.supervisorAppraisal("ASYE", "NONE", true));
        String concern = "/api/appraisals/" + launched.getId() + "/performance-concern";

        var hr = org.supervision.support.WebClient.basic(port, "hbaker", "demo").get(concern);
        assertThat(hr.statusCode()).isEqualTo(200);
        assertThat(hr.body()).contains("Case recording repeatedly months late");
        assertThat(org.supervision.support.WebClient.basic(port, "rkhan", "demo").get(concern).statusCode()).isEqualTo(200);
        var colleague = org.supervision.support.WebClient.basic(port, "eclark", "demo").get(concern);
        assertThat(colleague.statusCode()).isEqualTo(403);
        assertThat(colleague.body()).doesNotContain("Case recording");
        assertThat(org.supervision.support.WebClient.basic(port, "eclark", "demo")
                .get("/api/appraisals/" + launched.getId()).statusCode()).isEqualTo(403);

        long launchesBefore = launchRepository.count();
        assertThat(org.supervision.support.WebClient.basic(port, "pjones", "demo").post("/api/appraisals/launches",
                "application/json", "{\"period\":\"MID_YEAR\",\"year\":2026}").statusCode()).isEqualTo(403);
        var noYear = org.supervision.support.WebClient.basic(port, "hbaker", "demo").post("/api/appraisals/launches",
                "application/json", "{\"period\":\"MID_YEAR\"}");
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(noYear.body()).contains("year are required");
        assertThat(launchRepository.count()).as("nothing launched").isEqualTo(launchesBefore);
    }

    @Test
    void whenTheStaffMemberLeavesTheirWorkPlanAndAppraisalEnd() {
        Fixtures.today(LocalDate.of(2026, 9, 1));
        AppraisalTeams.team(directory, "l");
        Appraisal appraisal = launches.launchFor("aeswl", AppraisalPeriod.MID_YEAR, 2026);
        driver.task(appraisal.getProcessInstanceId(), "selfAppraisal");
        String plan = workPlanProcess("aeswl");
        driver.task(plan, "agreeWorkPlan");

        directory.importStaff(new java.io.StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + "aeswl,Eve,Eswl,aeswl@example.org,EXPERIENCED_SOCIAL_WORKER,2019-03-04,37,asupl,,2026-09-30\n"));
        String leaving = runtime.createProcessInstanceQuery().processDefinitionKey("staff-leaving")
                .processInstanceBusinessKey("aeswl").singleResult().getId();
        driver.today(LocalDate.of(2026, 10, 1), leaving);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(appraisal.getProcessInstanceId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("aeswl").count()).as("no task about a leaver").isZero();
        assertThat(appraisals.findById(appraisal.getId()).orElseThrow().getStatus()).isEqualTo(Appraisal.Status.ENDED_ON_LEAVING);
    }

    private String workPlanProcess(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("work-plan").processInstanceBusinessKey(staffId)
                .singleResult().getId();
    }

    private WorkPlan planOf(String processInstanceId) {
        return plans.findById((Long) runtime.getVariable(processInstanceId, "workPlanId")).orElseThrow();
    }

    private List<AppraisalReminder.Kind> reminderKinds(AppraisalReminder.Subject subject, Long id) {
        return reminders.findBySubjectAndSubjectIdOrderByIdAsc(subject, id).stream().map(AppraisalReminder::getKind).toList();
    }

    private static Principal user(String id) {
        return () -> id;
    }

    private static LocalDate day(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneId.of("Europe/London")).minusDays(
                date.toInstant().atZone(ZoneId.of("Europe/London")).toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 1 : 0);
    }
}
