package org.supervision.bench;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.appraisal.AppraisalLaunches;
import org.supervision.appraisal.AppraisalPeriod;
import org.supervision.conflict.ConflictCases;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AgreementForms;
import org.supervision.support.ProcessDriver;

/**
 * Three years of one social worker's supervision, lived through the real engine and product
 * with the clock moved a day at a time: every open task of the small team is completed as
 * its assignee would, on the day a person would do it (sessions booked a week ahead, held on
 * their due date, records confirmed the same day; appraisals launched by the product's own
 * daily timer each September and March; one conflict raised and resolved with the supervisor).
 * The result is the template that {@link HistoryCloner} copies for thousands of staff.
 */
final class TemplateHistory {

    static final String WORKER = "trlw";
    static final String SUPERVISOR = "trls";
    static final String HEAD = "trlh";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ProcessEngine engine;
    private final ProcessDriver driver;
    private final JdbcTemplate jdbc;
    private final ApplicationContext app;
    private final Map<String, LocalDate> booked = new HashMap<>();
    /** Task id to the message of its refused completion: retried each day, reported once. */
    private final Map<String, String> refused = new LinkedHashMap<>();
    private int completions;

    TemplateHistory(ApplicationContext app) {
        this.app = app;
        this.engine = app.getBean(ProcessEngine.class);
        this.driver = new ProcessDriver(engine);
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    record Summary(LocalDate from, LocalDate to, int completions, Map<String, String> refused) {
    }

    Summary live(LocalDate from, LocalDate to, LocalDate conflictOn) {
        today(from);
        StaffDirectoryImport directory = app.getBean(StaffDirectoryImport.class);
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + HEAD + ",Hana,Head," + HEAD + "@example.org,MANAGER,2015-01-05,37,,,\n"
                + SUPERVISOR + ",Sam,Sup," + SUPERVISOR + "@example.org,MANAGER,2015-01-05,37," + HEAD + ",,\n"
                + WORKER + ",Tess,Trail," + WORKER + "@example.org,SOCIAL_WORKER,2022-01-10,37," + SUPERVISOR + ",,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + SUPERVISOR + "," + HEAD + ",MANAGEMENT,2015-01-05,\n"
                + WORKER + "," + SUPERVISOR + ",MANAGEMENT,2022-01-10,\n"));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            today(day);
            runDueJobs();
            if (day.equals(conflictOn)) {
                raiseConflict();
            }
            if (day.getDayOfMonth() == 2 && (day.getMonthValue() == 9 || day.getMonthValue() == 3)) {
                // the daily launch timer should have done it; launching again only returns the existing one
                app.getBean(AppraisalLaunches.class).launchFor(WORKER,
                        day.getMonthValue() == 9 ? AppraisalPeriod.MID_YEAR : AppraisalPeriod.END_OF_YEAR, day.getYear());
                runDueJobs();
            }
            workOpenTasks(day);
        }
        return new Summary(from, to, completions, refused);
    }

    private void raiseConflict() {
        Map<String, Object> form = new HashMap<>();
        form.put("supervisionType", "MANAGEMENT");
        form.put("concern", "QUANTITY");
        form.put("description", "Two sessions cancelled at short notice");
        form.put("desiredOutcome", "Monthly sessions that actually happen");
        app.getBean(ConflictCases.class).raise(WORKER, form);
    }

    private void workOpenTasks(LocalDate day) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Task task : engine.getTaskService().createTaskQuery().active().list()) {
                if (task.getAssignee() == null) {
                    continue;
                }
                Map<String, Object> form = form(task, day);
                if (form == null) {
                    continue;
                }
                try {
                    driver.complete(task, task.getAssignee(), form);
                    completions++;
                    refused.remove(task.getId());
                    progress = true;
                } catch (RuntimeException e) {
                    refused.put(task.getId(), task.getTaskDefinitionKey() + " (" + task.getAssignee() + "): " + e.getMessage());
                }
            }
        }
    }

    /** The form a person would submit today, or null if they would leave the task for another day. */
    private Map<String, Object> form(Task task, LocalDate day) {
        String process = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String pid = task.getProcessInstanceId();
        Map<String, Object> form = new HashMap<>();
        switch (task.getTaskDefinitionKey()) {
            case "draftAgreement" -> form = AgreementForms.draft(28, day.plusDays(7), day);
            case "reviewAgreement" -> form.put("superviseeAccepts", true);
            case "supervisorSigns", "superviseeSigns" ->
                    form.put(process.equals("appraisal-cycle") ? "signature" : "signatureConfirmed", true);
            case "bookSession", "rebookSession" -> {
                LocalDate due = plannedDue(task);
                if (day.isBefore(due.minusDays(7))) {
                    return null;
                }
                LocalDate on = due.isBefore(day) ? day : due;
                booked.put(pid, on);
                form = booking(on);
            }
            case "recordSession" -> {
                LocalDate on = booked.getOrDefault(pid, day);
                if (day.isBefore(on)) {
                    return null;
                }
                form = held(on);
            }
            case "reviewRecord" -> form.put("recordConfirmed", true);
            case "remindSupervisee", "escalateUnconfirmedRecord", "followUpRebooking", "followUpLateWorkPlan",
                 "followUpSelfAppraisal", "followUpSupervisorAppraises", "followUpAppraisalMeeting",
                 "followUpSupervisorSigns", "followUpSuperviseeSigns" -> form.put("followUpNotes", "Reminded them in our 1:1");
            case "agreeWorkPlan" -> form = workPlan(day);
            case "agreePlan", "reviewPlan" -> form = learningPlan(task, day);
            case "selfAppraisal" -> {
                form.put("selfAssessment", "A steady year with a heavy caseload");
                form.put("selfAchievements", "Twelve assessments completed on time");
                form.put("selfDevelopmentWishes", "Court work");
            }
            case "supervisorAppraises" -> {
                form.put("objectiveProgress", "Complete assessments on time | All on time this half-year");
                form.put("strengths", "Relationships with families");
                form.put("developmentAreas", "Report writing for court");
                // the head appraises the supervisor, a manager: no PCF level
                form.put("pcfLevel", HEAD.equals(task.getAssignee()) ? null : "SW");
                form.put("pcfEvidence", "Observed practice and case audits");
                form.put("recommendation", "NONE");
                form.put("recommendationReason", null);
                form.put("performanceConcern", false);
                form.put("performanceConcernDetails", null);
            }
            case "appraisalMeeting" -> {
                form.put("meetingHeldOn", day.toString());
                form.put("meetingNotes", "Discussed every objective");
            }
            case "moderateAppraisal" -> form.put("moderation", "AGREED");
            case "supervisorResponds" -> {
                form.put("meetingHeldOn", null);
                form.put("response", "I accept that two sessions were cancelled");
                form.put("proposedResolution", "Sessions fixed on the first Tuesday, protected in my diary");
                form.put("referToThreeWay", false);
                form.put("reviewAgreement", false);
            }
            case "superviseeAnswers" -> {
                form.put("resolvedAnswer", true);
                form.put("statement", null);
            }
            default -> {
                return null;
            }
        }
        return form;
    }

    private LocalDate plannedDue(Task task) {
        Object session = engine.getRuntimeService().getVariable(task.getExecutionId(), "sessionId");
        return jdbc.queryForObject("select due_on from supervision_session where id = ?", LocalDate.class,
                ((Number) session).longValue());
    }

    private static Map<String, Object> booking(LocalDate on) {
        return new HashMap<>(Map.of("sessionDate", on.toString(), "sessionTime", "10:00", "place", "Room 4, Civic Centre"));
    }

    private static Map<String, Object> held(LocalDate on) {
        Map<String, Object> form = new HashMap<>();
        form.put("sessionOutcome", "HELD");
        form.put("heldOn", on.toString());
        form.put("supportive", "Workload feels heavy since the merger");
        form.put("management", "Caseload of 14 reviewed; two child protection plans");
        form.put("educational", "Reflected on the home visit");
        form.put("mediation", "Liaison with the school nurse agreed");
        form.put("decisions", "Transfer the Smith case to the duty team");
        form.put("agreementsReached", "Weekly check-in on Fridays");
        form.put("actions", "Read the neglect toolkit | supervisee | " + on.plusMonths(2));
        form.put("learningNeeds", "Court skills");
        return form;
    }

    private static Map<String, Object> workPlan(LocalDate day) {
        Map<String, Object> form = new HashMap<>();
        form.put("objectives", "Complete assessments on time | SP 2.1 Timely assessments | 95% within 45 days | "
                + day.plusMonths(6));
        form.put("trainingNeeds", "Court skills");
        form.put("supportNeeds", "Monthly supervision");
        form.put("constraints", "Part of a team with two vacancies");
        form.put("reviewDates", "Progress reviewed in every 1:1");
        return form;
    }

    /** Every need the product collected gets an activity and a date, as the plan form requires. */
    private Map<String, Object> learningPlan(Task task, LocalDate day) {
        Object shown = engine.getTaskService().getVariableLocal(task.getId(), "planItems");
        StringBuilder items = new StringBuilder();
        if (shown != null) {
            for (String line : shown.toString().split("\n")) {
                String[] parts = line.split("\\|", -1);
                if (parts.length >= 2 && !line.isBlank()) {
                    items.append(parts[0].trim()).append(" | ").append(parts[1].trim()).append(" | Course or reading | ")
                            .append(day.plusMonths(6)).append('\n');
                }
            }
        }
        if (items.isEmpty()) {
            items.append("Child development | Read the practice guide | ").append(day.plusMonths(6));
        }
        Map<String, Object> form = new HashMap<>();
        form.put("planItems", items.toString().trim());
        form.put("planNotes", "Agreed in supervision");
        form.put("superviseeAgreed", true);
        return form;
    }

    private void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().listPage(0, 500);
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException e) {
                    // the head of service has no supervisor: their own processes become incidents, as in production
                }
            }
        }
    }

    private static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(LONDON).toInstant()));
    }
}
