package org.supervision.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lives working days through the real engine and product with the clock moved by hand:
 * each day, what fell due runs and every open task is completed as its assignee would, on
 * the day a person would do it (sessions booked a week ahead and held on their due date,
 * records confirmed the same day, follow-ups answered, appraisals and plans filled in).
 * A test can answer a task its own way with {@link #answer}.
 */
public final class Workdays {

    private final ProcessEngine engine;
    private final ProcessDriver driver;
    private final JdbcTemplate jdbc;
    private final Map<String, LocalDate> booked = new HashMap<>();
    private final Map<String, BiFunction<Task, LocalDate, Map<String, Object>>> answers = new HashMap<>();
    private final Map<String, String> claimers = new HashMap<>();
    /** Task id to the message of its refused completion: retried each day. */
    private final Map<String, String> refused = new LinkedHashMap<>();
    private String[] staffIds;
    private int completions;

    public Workdays(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.driver = new ProcessDriver(engine);
        this.jdbc = jdbc;
    }

    /** Works only the tasks of these staff members' processes (all tasks otherwise); due jobs run for everyone. */
    public Workdays staff(String... staffIds) {
        this.staffIds = staffIds;
        return this;
    }

    /** The form to submit for tasks with this key; null from the function leaves the task for another day. */
    public Workdays answer(String taskKey, BiFunction<Task, LocalDate, Map<String, Object>> form) {
        answers.put(taskKey, form);
        return this;
    }

    /** A task offered to a group (such as L&D's bookings) is claimed by this member, as in Tasklist. */
    public Workdays claimedBy(String taskKey, String userId) {
        claimers.put(taskKey, userId);
        return this;
    }

    /** Moves the clock to 09:00 on the day, runs what fell due and works every open task. */
    public void live(LocalDate day) {
        Fixtures.today(day);
        runDueJobs();
        work(day);
    }

    public void live(LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            live(day);
        }
    }

    public int completions() {
        return completions;
    }

    /** Tasks whose completion the product refused and that are still open, with the reason. */
    public Map<String, String> refused() {
        return refused;
    }

    /** Runs everyone's due jobs; as in production, a job that fails becomes an incident for that person only. */
    public void runDueJobs() {
        DueJobs.all(engine.getManagementService()).inPagesOf(500).failuresBecomeIncidents().run();
    }

    private void work(LocalDate day) {
        boolean progress = true;
        while (progress) {
            progress = false;
            var open = engine.getTaskService().createTaskQuery().active();
            if (staffIds != null) {
                open.processInstanceBusinessKeyIn(staffIds);
            }
            for (Task task : open.list()) {
                if (task.getAssignee() == null) {
                    String claimer = claimers.get(task.getTaskDefinitionKey());
                    if (claimer == null) {
                        continue;
                    }
                    claim(task, claimer);
                    task = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
                }
                Map<String, Object> form = answers.containsKey(task.getTaskDefinitionKey())
                        ? answers.get(task.getTaskDefinitionKey()).apply(task, day) : form(task, day);
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

    private void claim(Task task, String userId) {
        var identity = engine.getIdentityService();
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            engine.getTaskService().claim(task.getId(), userId);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The form a person would submit today, or null if they would leave the task for another day. */
    private Map<String, Object> form(Task task, LocalDate day) {
        String process = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String pid = task.getProcessInstanceId();
        Map<String, Object> form = new HashMap<>();
        switch (task.getTaskDefinitionKey()) {
            case "draftAgreement" -> {
                // monthly, or as often as the policy asks for this person (weekly for a new ASYE)
                Object longestGap = engine.getTaskService().getVariableLocal(task.getId(), "minimumIntervalDays");
                int every = longestGap instanceof Number gap ? Math.min(28, gap.intValue()) : 28;
                form = AgreementForms.draft(every, day.plusDays(7), day);
            }
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
                form = heldSession(on);
            }
            case "reviewRecord" -> form.put("recordConfirmed", true);
            case "remindSupervisee", "escalateUnconfirmedRecord", "followUpRebooking", "followUpLateWorkPlan",
                 "followUpSelfAppraisal", "followUpSupervisorAppraises", "followUpAppraisalMeeting",
                 "followUpSupervisorSigns", "followUpSuperviseeSigns" -> form.put("followUpNotes", "Reminded them in our 1:1");
            case "agreeWorkPlan" -> form = workPlan(day);
            case "agreePlan", "reviewPlan" -> form = learningPlan(task, day);
            case "selfAppraisal" -> form = selfAppraisal();
            case "supervisorAppraises" -> form = supervisorAppraisal(task, "SW");
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

    /** The supervisor's appraisal; a manager appraised by their own manager has no PCF level. */
    public Map<String, Object> supervisorAppraisal(Task task, String pcfLevel) {
        Object staffId = engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "staffId");
        boolean manager = jdbc.queryForObject("select count(*) from staff_member where id = ? and category = 'MANAGER'",
                Integer.class, staffId) > 0;
        Map<String, Object> form = new HashMap<>();
        form.put("objectiveProgress", "Complete assessments on time | All on time this half-year");
        form.put("strengths", "Relationships with families");
        form.put("developmentAreas", "Report writing for court");
        form.put("pcfLevel", manager ? null : pcfLevel);
        form.put("pcfEvidence", "Observed practice and case audits");
        form.put("recommendation", "NONE");
        form.put("recommendationReason", null);
        form.put("performanceConcern", false);
        form.put("performanceConcernDetails", null);
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

    /** A session held on the day, as the supervisor records it. */
    public static Map<String, Object> heldSession(LocalDate on) {
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

    public static Map<String, Object> selfAppraisal() {
        Map<String, Object> form = new HashMap<>();
        form.put("selfAssessment", "A steady year with a heavy caseload");
        form.put("selfAchievements", "Twelve assessments completed on time");
        form.put("selfDevelopmentWishes", "Court work");
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
}
