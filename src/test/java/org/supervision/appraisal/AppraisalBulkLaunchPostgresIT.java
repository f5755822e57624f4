package org.supervision.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.DueJobs;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.PostgresDatabase;

/**
 * The September launch for a whole organisation of more than a thousand people on
 * PostgreSQL: asynchronous, in batches of 200 (one job each), progress visible while it
 * runs, one appraisal per active member of staff, and a relaunch adds none. A batch that
 * fails is launched again person by person, and only the person it failed for gets an
 * incident. Runs only on PostgreSQL, in a database of its own, because it launches for
 * everyone in it (on the shared H2 database it would give every other test's staff an
 * appraisal). No timing assertions: throughput is measured by the benchmark, not here.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppraisalBulkLaunchPostgresIT {

    static final int STAFF = 1000;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired StaffDirectoryImport directory;
    @Autowired AppraisalLaunches launches;
    @Autowired AppraisalRepository appraisals;
    @Autowired AppraisalLaunchRepository launchRepository;
    @Autowired AppraisalController api;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    @Order(1)
    void launchesOneAppraisalPerActiveMemberInBatchesAndARelaunchAddsNone() {
        Fixtures.today(LocalDate.of(2026, 9, 1));
        StringBuilder csv = new StringBuilder("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n");
        for (int i = 1; i <= STAFF; i++) {
            String id = String.format("bulk%04d", i);
            csv.append(id).append(",Bulk,Member").append(i).append(',').append(id).append("@example.org,")
                    .append(i % 3 == 0 ? "SOCIAL_WORKER" : "OTHER_STAFF").append(",2020-01-06,37,pjones,,\n");
        }
        directory.importStaff(new StringReader(csv.toString()));
        // bulk0001's second plan is the one in force; bulk0002's only plan was never agreed
        long firstPlan = workPlan("bulk0001", 1, true, "Write the duty handbook");
        long planInForce = workPlan("bulk0001", 2, true, "Lead the duty rota review", "Mentor a new starter");
        workPlan("bulk0002", 1, false, "Draft objective");

        AppraisalLaunches.Progress started = api.launch(new AppraisalController.LaunchRequest(AppraisalPeriod.MID_YEAR, 2026),
                user("hbaker"));
        long total = started.total();
        assertThat(total).as("everyone active on the launch date").isGreaterThanOrEqualTo(STAFF);
        assertThat(started.launched()).as("nothing happens inside the request").isZero();
        assertThat(api.launch(new AppraisalController.LaunchRequest(AppraisalPeriod.MID_YEAR, 2026), user("hbaker")).id())
                .as("asking again while it runs answers the running launch").isEqualTo(started.id());
        assertThatThrownBy(() -> api.launch(new AppraisalController.LaunchRequest(AppraisalPeriod.MID_YEAR, 2026), user("eclark")))
                .hasMessageContaining("403");

        String launcher = launches.progress(started.id()).map(p -> launchProcess(p.id())).orElseThrow();
        int batches = runLaunchJobs(launcher, started.id());
        assertThat(batches).as("batches of 200, plus the one that finds nobody left")
                .isEqualTo((int) (total / 200) + 1);

        AppraisalLaunches.Progress finished = api.launchProgress(started.id(), user("hbaker"));
        assertThat(finished.status()).isEqualTo(AppraisalLaunch.Status.FINISHED);
        assertThat(finished.launched()).isEqualTo(total);
        assertThat(finished.createdByThisLaunch()).isEqualTo((int) total);
        assertThat(appraisals.findAll().stream().filter(a -> a.getStaffId().startsWith("bulk"))
                .filter(a -> a.getPeriod() == AppraisalPeriod.MID_YEAR && a.getYear() == 2026).count()).isEqualTo(STAFF);

        // each batch started its people straight through to their first task: no job per person
        assertThat(cycleJobs().executable().list()).isEmpty();
        assertThat(tasks.createTaskQuery().processDefinitionKey("appraisal-cycle").taskDefinitionKey("selfAppraisal")
                .taskAssigneeLike("bulk%").count()).isEqualTo(STAFF);
        assertThat(launchedFor("bulk0001").getWorkPlanId()).isEqualTo(planInForce).isNotEqualTo(firstPlan);
        assertThat(shownOnSelfAppraisal("bulk0001", "workPlanObjectives")).isEqualTo(
                "Lead the duty rota review | SP 1 | Milestone 1 | 2027-06-01\nMentor a new starter | SP 2 | Milestone 2 | 2027-06-01");
        assertThat(launchedFor("bulk0002").getWorkPlanId()).isNull();
        assertThat(shownOnSelfAppraisal("bulk0002", "workPlanObjectives")).isEqualTo("No agreed work plan");
        assertThat(shownOnSelfAppraisal("bulk0003", "staffName")).isEqualTo("Bulk Member3 (bulk0003, SOCIAL_WORKER)");

        // a relaunch of the same cycle creates no duplicates
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("appraisal-cycle").count();
        AppraisalLaunches.Progress relaunch = api.launch(new AppraisalController.LaunchRequest(AppraisalPeriod.MID_YEAR, 2026),
                user("hbaker"));
        assertThat(relaunch.id()).isNotEqualTo(started.id());
        assertThat(relaunch.launched()).as("already launched before it starts").isEqualTo(total);
        assertThat(runLaunchJobs(launchProcess(relaunch.id()), relaunch.id())).as("it goes through everyone again")
                .isEqualTo((int) (total / 200) + 1);
        AppraisalLaunches.Progress relaunched = api.launchProgress(relaunch.id(), user("hbaker"));
        assertThat(relaunched.createdByThisLaunch()).isZero();
        assertThat(relaunched.status()).isEqualTo(AppraisalLaunch.Status.FINISHED);
        assertThat(appraisals.countByPeriodAndYear(AppraisalPeriod.MID_YEAR, 2026)).isEqualTo(total);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("appraisal-cycle").count()).isEqualTo(instances);
    }

    @Test
    @Order(2)
    void theMorningTimerLaunchesMarchOnceAndDoesNothingOnOtherDays() {
        Fixtures.today(LocalDate.of(2027, 2, 27));
        runMorningTimer();
        assertThat(launches.dueOn(LocalDate.of(2027, 2, 27))).isEmpty();
        assertThat(appraisals.countByPeriodAndYear(AppraisalPeriod.END_OF_YEAR, 2027)).isZero();

        Fixtures.today(LocalDate.of(2027, 3, 1));
        runMorningTimer();
        AppraisalLaunch launch = launchRepository.findFirstByPeriodAndYearOrderByIdDesc(AppraisalPeriod.END_OF_YEAR, 2027)
                .orElseThrow();
        assertThat(launch.getStartedBy()).isEqualTo("timer");
        runLaunchJobs(launch.getProcessInstanceId(), launch.getId());
        AppraisalLaunches.Progress progress = launches.progress(launch.getId()).orElseThrow();
        assertThat(progress.status()).isEqualTo(AppraisalLaunch.Status.FINISHED);
        assertThat(progress.launched()).isEqualTo(progress.total());
        assertThat(appraisals.countByPeriodAndYear(AppraisalPeriod.END_OF_YEAR, 2027)).isEqualTo(progress.total());

        // the next morning, still within the launch window: no second launch
        Fixtures.today(LocalDate.of(2027, 3, 2));
        runMorningTimer();
        assertThat(launchRepository.findAll().stream().filter(l -> l.getPeriod() == AppraisalPeriod.END_OF_YEAR).count())
                .isEqualTo(1);
        assertThat(appraisals.countByPeriodAndYear(AppraisalPeriod.END_OF_YEAR, 2027)).isEqualTo(progress.total());
    }

    @Test
    @Order(3)
    void aBatchThatFailsIsLaunchedPersonByPersonAndOnlyTheFailingPersonGetsAnIncident() {
        Fixtures.today(LocalDate.of(2027, 9, 1));
        // the database refuses to open one person's appraisal, as a corrupt row or a bug would
        jdbc.execute("create function refuse_bulk0500() returns trigger language plpgsql as $$ begin "
                + "if new.staff_id = 'bulk0500' and new.status <> 'LAUNCHED' then "
                + "raise exception 'appraisal of bulk0500 refused by the database'; end if; return new; end $$");
        jdbc.execute("create trigger refuse_bulk0500 before insert or update on appraisal for each row execute function refuse_bulk0500()");
        try {
            AppraisalLaunch launch = launches.launch(AppraisalPeriod.MID_YEAR, 2027, "hbaker");
            runLaunchJobs(launchProcess(launch.getId()), launch.getId());
            long total = launches.progress(launch.getId()).orElseThrow().total();
            assertThat(appraisals.countByPeriodAndYear(AppraisalPeriod.MID_YEAR, 2027)).isEqualTo(total);

            // the failed batch's people continue in jobs of their own; one of them keeps failing
            DueJobs.Outcome continued = DueJobs.matching(management, this::cycleJobs).inPagesOf(500)
                    .failuresBecomeIncidents().run();
            assertThat(continued.executed()).as("the rest of the failed batch").isEqualTo(199);
            assertThat(continued.failed()).as("three attempts, then an incident").isEqualTo(3);
            Appraisal refused = appraisals.findByStaffIdAndPeriodAndYear("bulk0500", AppraisalPeriod.MID_YEAR, 2027).orElseThrow();
            List<Incident> incidents = runtime.createIncidentQuery()
                    .processDefinitionKeyIn("appraisal-cycle").list();
            assertThat(incidents).hasSize(1);
            assertThat(incidents.get(0).getProcessInstanceId()).isEqualTo(refused.getProcessInstanceId());
            assertThat(incidents.get(0).getIncidentMessage()).contains("appraisal of bulk0500 refused by the database");
            assertThat(appraisals.findAll().stream()
                    .filter(a -> a.getPeriod() == AppraisalPeriod.MID_YEAR && a.getYear() == 2027)
                    .filter(a -> a.getStatus() == Appraisal.Status.SELF_APPRAISAL).count())
                    .as("everyone else has their self-appraisal open").isEqualTo(total - 1);

            // once the cause is repaired, a retry from Cockpit finishes that person's launch
            jdbc.execute("drop trigger refuse_bulk0500 on appraisal");
            Job stuck = management.createJobQuery().processInstanceId(refused.getProcessInstanceId()).withException().singleResult();
            management.setJobRetries(stuck.getId(), 1);
            management.executeJob(stuck.getId());
            assertThat(tasks.createTaskQuery().processInstanceId(refused.getProcessInstanceId()).singleResult().getAssignee())
                    .isEqualTo("bulk0500");
            assertThat(runtime.createIncidentQuery().processDefinitionKeyIn("appraisal-cycle").count()).isZero();
        } finally {
            jdbc.execute("drop trigger if exists refuse_bulk0500 on appraisal");
            jdbc.execute("drop function if exists refuse_bulk0500()");
        }
    }

    private long workPlan(String staffId, int number, boolean agreed, String... objectives) {
        long id = jdbc.queryForObject("insert into work_plan (staff_id, plan_number, opened_on, due_on, agreed_on, agreed_by,"
                + " agreed_at) values (?, ?, date '2026-01-05', date '2026-04-05', ?, ?, ?) returning id", Long.class,
                staffId, number, agreed ? LocalDate.of(2026, 3, 1) : null, agreed ? "pjones" : null,
                agreed ? java.sql.Timestamp.valueOf("2026-03-01 10:00:00") : null);
        for (int i = 0; i < objectives.length; i++) {
            jdbc.update("insert into work_plan_objective (work_plan_id, position, objective, service_plan_objective, milestone,"
                    + " review_on) values (?, ?, ?, ?, ?, date '2027-06-01')", id, i, objectives[i], "SP " + (i + 1),
                    "Milestone " + (i + 1));
        }
        return id;
    }

    private Appraisal launchedFor(String staffId) {
        return appraisals.findByStaffIdAndPeriodAndYear(staffId, AppraisalPeriod.MID_YEAR, 2026).orElseThrow();
    }

    private Object shownOnSelfAppraisal(String staffId, String variable) {
        String task = tasks.createTaskQuery().processInstanceId(launchedFor(staffId).getProcessInstanceId())
                .taskDefinitionKey("selfAppraisal").singleResult().getId();
        return tasks.getVariableLocal(task, variable);
    }

    private void runMorningTimer() {
        Job timer = management.createJobQuery().processDefinitionKey("appraisal-launch").timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
        management.executeJob(timer.getId());
    }

    /** Runs the launch's jobs one by one, checking the progress after the first batch. */
    private int runLaunchJobs(String launchProcess, Long launchId) {
        int executed = 0;
        for (List<Job> due = launchJobs(launchProcess); !due.isEmpty(); due = launchJobs(launchProcess)) {
            assertThat(due).hasSize(1);
            management.executeJob(due.get(0).getId());
            executed++;
            AppraisalLaunches.Progress progress = launches.progress(launchId).orElseThrow();
            assertThat(progress.createdByThisLaunch()).isLessThanOrEqualTo(executed * 200);
            if (executed == 1 && progress.total() > 200 && progress.createdByThisLaunch() > 0) {
                assertThat(progress.launched()).as("progress visible while it runs").isEqualTo(200);
                assertThat(progress.status()).isEqualTo(AppraisalLaunch.Status.RUNNING);
            }
        }
        return executed;
    }

    private String launchProcess(Long launchId) {
        return launches.progress(launchId).flatMap(p -> java.util.Optional.ofNullable(
                runtime.createProcessInstanceQuery().processDefinitionKey("appraisal-launch")
                        .variableValueEquals("launchId", launchId).singleResult()))
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).orElseThrow();
    }

    private List<Job> launchJobs(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).executable().list();
    }

    /** Asynchronous continuations of appraisal cycles (the reminder timers of earlier launches are due too). */
    private JobQuery cycleJobs() {
        return management.createJobQuery().processDefinitionKey("appraisal-cycle").messages();
    }

    private static Principal user(String id) {
        return () -> id;
    }
}
