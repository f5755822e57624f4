package org.supervision.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.supervision.staff.AsyeCompletion;
import org.supervision.staff.AsyeCompletionRepository;
import org.supervision.staff.AsyeYear;
import org.supervision.staff.StaffCategory;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The end of the ASYE year: the post-ASYE rules apply 12 months after the start date (or on
 * the day the supervisor records) without HR editing the directory, and the agreement review
 * starts under them.
 */
@IntegrationTest
class AsyeYearEndTest {

    private static final LocalDate STARTED = LocalDate.of(2026, 9, 1);

    @Autowired StaffDirectoryImport directory;
    @Autowired StaffMemberRepository staff;
    @Autowired AsyeCompletionRepository completions;
    @Autowired AsyeYear asyeYear;
    @Autowired SupervisionAgreementRepository agreements;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessDriver driver;
    @Autowired IdentityService identity;
    @Autowired org.supervision.staff.NightlyIdentitySync nightly;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void twelveMonthsAfterTheStartDateThePostAsyeRulesApplyAndTheAgreementIsReviewed() {
        ProcessInstance year = asyeJoinsAndSigns("asyeauto", "supauto");
        assertThat(agreements.findByStaffIdAndStatus("asyeauto", AgreementStatus.SIGNED).orElseThrow()
                .getDirectObservationsPerYear()).as("ASYE year").isEqualTo(4);

        driver.today(LocalDate.of(2027, 8, 31), year.getId());
        assertThat(year).as("a day early").isWaitingAt("yearEndOrOutcome");
        assertThat(category("asyeauto")).isEqualTo(StaffCategory.ASYE);

        driver.today(LocalDate.of(2027, 9, 1), year.getId());
        assertThat(year).isEnded().hasPassed("switchToPostAsyeRules", "postAsyeRulesApply");
        assertThat(category("asyeauto")).as("no directory edit by HR").isEqualTo(StaffCategory.SOCIAL_WORKER);

        AsyeCompletion recorded = single(completions.findByStaffIdOrderByIdAsc("asyeauto"));
        assertThat(recorded.getOutcome()).isEqualTo(AsyeCompletion.Outcome.COMPLETED);
        assertThat(recorded.getCompletedOn()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(recorded.getRecordedBy()).isEqualTo("system");
        assertThat(recorded.getRecordedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
        assertThat(recorded.getReason()).isEqualTo("12 months since the start date, 1 September 2026");

        Task draft = reviewDraftOf("asyeauto", "supauto");
        assertThat(tasks.getVariableLocal(draft.getId(), "reviewReasonShown")).isEqualTo("ASYE year completed");
        assertThat(tasks.getVariableLocal(draft.getId(), "frequencyDays"))
                .as("the post-ASYE policy's monthly sessions, not the fortnightly ones agreed for the ASYE year").isEqualTo(28);
        SupervisionAgreement review = agreements.findByStaffIdAndStatus("asyeauto", AgreementStatus.DRAFT).orElseThrow();
        assertThat(review.getReviewReason()).isEqualTo(ReviewReason.ASYE_COMPLETED);
        assertThat(review.getMinimumIntervalDays()).isEqualTo(28);
        assertThat(review.getDirectObservationsPerYear()).as("post-ASYE observations").isEqualTo(2);
        assertThat(review.getGroundRules()).as("the rest starts from the version in force").isEqualTo("Phones off, start on time");

        importTeam("asyeauto", "supauto");
        assertThat(category("asyeauto")).as("HR's file still says ASYE: the completion stands")
                .isEqualTo(StaffCategory.SOCIAL_WORKER);
    }

    @Test
    void aSupervisorWhoRecordsTheYearCompletedEarlyMovesTheSwitchToThatDay() {
        ProcessInstance year = asyeJoinsAndSigns("asyeearly", "supearly");
        driver.today(LocalDate.of(2027, 6, 15), year.getId());

        asyeYear.recordOutcome("asyeearly", AsyeCompletion.Outcome.COMPLETED, LocalDate.of(2027, 6, 15),
                "Portfolio passed by the assessment panel", "supearly");
        driver.runDueJobs(year.getId());

        assertThat(year).isEnded().hasPassed("outcomeRecorded", "switchToPostAsyeRules");
        assertThat(category("asyeearly")).isEqualTo(StaffCategory.SOCIAL_WORKER);
        AsyeCompletion recorded = single(completions.findByStaffIdOrderByIdAsc("asyeearly"));
        assertThat(recorded.getRecordedBy()).isEqualTo("supearly");
        assertThat(recorded.getCompletedOn()).isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(recorded.getReason()).isEqualTo("Portfolio passed by the assessment panel");
        assertThat(reviewDraftOf("asyeearly", "supearly")).isNotNull();

        assertThatThrownBy(() -> asyeYear.recordOutcome("asyeearly", AsyeCompletion.Outcome.EXTENDED,
                LocalDate.of(2027, 12, 1), "Second thoughts", "supearly"))
                .hasMessageContaining("is not in their ASYE year");
    }

    @Test
    void anExtensionDefersTheSwitchToTheDayTheYearIsExtendedTo() {
        ProcessInstance year = asyeJoinsAndSigns("asyelate", "suplate");
        driver.today(LocalDate.of(2027, 8, 20), year.getId());

        assertThatThrownBy(() -> asyeYear.recordOutcome("asyelate", AsyeCompletion.Outcome.EXTENDED,
                LocalDate.of(2027, 8, 30), "Too early", "suplate"))
                .hasMessageContaining("date: an extension must be to a day after 1 September 2027");
        assertThatThrownBy(() -> asyeYear.recordOutcome("asyelate", AsyeCompletion.Outcome.EXTENDED,
                LocalDate.of(2027, 12, 1), "  ", "suplate"))
                .hasMessageContaining("reason: say why");
        assertThat(completions.findByStaffIdOrderByIdAsc("asyelate")).as("nothing stored").isEmpty();

        asyeYear.recordOutcome("asyelate", AsyeCompletion.Outcome.EXTENDED, LocalDate.of(2027, 12, 1),
                "Three months of sick leave during the year", "suplate");
        driver.today(LocalDate.of(2027, 9, 1), year.getId());
        assertThat(year).as("extended").isWaitingAt("yearEndOrOutcome");
        assertThat(category("asyelate")).isEqualTo(StaffCategory.ASYE);

        driver.today(LocalDate.of(2027, 12, 1), year.getId());
        assertThat(year).isEnded();
        assertThat(category("asyelate")).isEqualTo(StaffCategory.SOCIAL_WORKER);
        List<AsyeCompletion> recorded = completions.findByStaffIdOrderByIdAsc("asyelate");
        assertThat(recorded).extracting(AsyeCompletion::getOutcome)
                .containsExactly(AsyeCompletion.Outcome.EXTENDED, AsyeCompletion.Outcome.COMPLETED);
        assertThat(recorded.get(0).getRecordedBy()).isEqualTo("suplate");
        assertThat(recorded.get(1).getRecordedBy()).isEqualTo("system");
        assertThat(recorded.get(1).getCompletedOn()).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(recorded.get(1).getReason()).isEqualTo("The extended ASYE year ended on 1 December 2027");
    }

    @Test
    void onlyTheSupervisorOrLineManagerRecordsAnOutcomeOverTheApi() {
        ProcessInstance year = asyeJoinsAndSigns("asyerest", "suprest");
        Teams.logins(identity, "Passw0rd-asye", "suprest");
        String outcome = "/api/staff/asyerest/asye-outcome";
        String extension = "{\"outcome\":\"EXTENDED\",\"date\":\"2027-12-01\",\"reason\":\"Long sick leave\"}";

        assertThat(WebClient.basic(port, "eclark", "demo").post(outcome, "application/json", extension).statusCode())
                .as("not their supervisee").isEqualTo(403);
        var unknown = WebClient.basic(port, "suprest", "Passw0rd-asye").post(outcome, "application/json",
                "{\"outcome\":\"PASSED\",\"date\":\"2027-06-01\",\"reason\":\"Panel\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("outcome: 'PASSED' is neither COMPLETED nor EXTENDED");
        assertThat(completions.findByStaffIdOrderByIdAsc("asyerest")).as("nothing stored").isEmpty();

        var recorded = WebClient.basic(port, "suprest", "Passw0rd-asye").post(outcome, "application/json", extension);
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(recorded.body()).contains("\"extendedTo\":\"2027-12-01\"", "\"recordedBy\":\"suprest\"");
        assertThat(WebClient.basic(port, "suprest", "Passw0rd-asye").get("/api/staff/asyerest/asye-outcomes").body())
                .contains("Long sick leave");
        assertThat(year).as("waiting again, now for 1 December 2027").isWaitingAt("yearEndOrOutcome");
    }

    @Test
    void someoneWhoLeavesDuringTheYearKeepsTheirCategoryAndNothingIsRecorded() {
        ProcessInstance year = asyeJoinsAndSigns("asyeleft", "supleft");
        Fixtures.today(LocalDate.of(2027, 3, 1));
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\nasyeleft,Ada,Newly,asyeleft@example.org,ASYE,2026-09-01,37,supleft,,2027-03-31\n"));
        ProcessInstance leaving = runtime.createProcessInstanceQuery().processDefinitionKey("staff-leaving")
                .processInstanceBusinessKey("asyeleft").singleResult();

        driver.today(LocalDate.of(2027, 4, 1), leaving.getId());

        assertThat(year).isEnded().hasPassed("lastWorkingDayOver", "yearEndedOnLeaving");
        assertThat(category("asyeleft")).isEqualTo(StaffCategory.ASYE);
        assertThat(completions.findByStaffIdOrderByIdAsc("asyeleft")).isEmpty();
    }

    /** Joins a week before the start date and signs an agreement at fortnightly sessions; returns the ASYE year. */
    @Test
    void anAsyeInTheDirectoryBeforeTheYearsProcessExistedGetsItFromTheNightlyRun() {
        ProcessInstance earlier = asyeJoinsAndSigns("asyeold", "supold");
        // as in an installation upgraded from a release without the year's process
        runtime.deleteProcessInstance(earlier.getId(), "installed before the ASYE year's process existed");
        jdbc.update("update shedlock set lock_until = locked_at where name = 'identity-sync'");

        nightly.run();

        ProcessInstance year = runtime.createProcessInstanceQuery().processDefinitionKey("asye-year")
                .processInstanceBusinessKey("asyeold").singleResult();
        assertThat(year).as("started by the nightly run").isNotNull().isWaitingAt("yearEndOrOutcome");
        jdbc.update("update shedlock set lock_until = locked_at where name = 'identity-sync'");
        nightly.run();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("asye-year")
                .processInstanceBusinessKey("asyeold").count()).as("not started twice").isEqualTo(1);

        driver.today(LocalDate.of(2027, 9, 1), year.getId());
        assertThat(year).isEnded();
        assertThat(category("asyeold")).isEqualTo(StaffCategory.SOCIAL_WORKER);
    }

    private ProcessInstance asyeJoinsAndSigns(String staffId, String supervisorId) {
        Fixtures.today(LocalDate.of(2026, 8, 24));
        importTeam(staffId, supervisorId);
        ProcessInstance agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(staffId).singleResult();
        driver.complete(agreement.getId(), "draftAgreement", supervisorId,
                AgreementForms.draft(7, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 8, 24)));
        driver.complete(agreement.getId(), "reviewAgreement", staffId, Map.of("superviseeAccepts", true));
        driver.complete(agreement.getId(), "supervisorSigns", supervisorId, Map.of("signatureConfirmed", true));
        driver.complete(agreement.getId(), "superviseeSigns", staffId, Map.of("signatureConfirmed", true));
        ProcessInstance year = runtime.createProcessInstanceQuery().processDefinitionKey("asye-year")
                .processInstanceBusinessKey(staffId).singleResult();
        assertThat(year).as("started on joining").isWaitingAt("yearEndOrOutcome");
        return year;
    }

    private void importTeam(String staffId, String supervisorId) {
        Teams.importTeam(directory, Teams.supervisor(supervisorId, "Sam", "Supervisor"),
                Teams.supervisee(staffId, "Ada", "Newly", "ASYE", STARTED));
    }

    private Task reviewDraftOf(String staffId, String supervisorId) {
        ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(staffId).variableValueEquals("reviewReason", "ASYE_COMPLETED").singleResult();
        Task draft = driver.task(review.getId(), "draftAgreement");
        assertThat(draft.getAssignee()).as("the supervisor drafts").isEqualTo(supervisorId);
        return draft;
    }

    private StaffCategory category(String staffId) {
        return staff.findById(staffId).orElseThrow().getCategory();
    }

    private static AsyeCompletion single(List<AsyeCompletion> recorded) {
        assertThat(recorded).hasSize(1);
        return recorded.get(0);
    }
}
