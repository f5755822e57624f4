package org.supervision.appraisal;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.mail.ReminderKind;
import org.supervision.mail.TaskMail;
import org.springframework.stereotype.Component;

/**
 * Reminders and escalations of late work plans and appraisal steps. A reminder raises the
 * late task to the top of its owner's Tasklist, e-mails them and is recorded; an escalation
 * gives the line manager a follow-up task, by e-mail too, whose notes are kept with it.
 */
@Component("appraisalReminders")
public class AppraisalReminders {

    static final int REMINDED_PRIORITY = 80;

    private final AppraisalReminderRepository reminders;
    private final TaskService tasks;
    private final SupervisionClock clock;
    private final TaskMail mail;

    AppraisalReminders(AppraisalReminderRepository reminders, TaskService tasks, SupervisionClock clock, TaskMail mail) {
        this.reminders = reminders;
        this.tasks = tasks;
        this.clock = clock;
        this.mail = mail;
    }

    /** Called by a reminder timer on the late task {@code step}. */
    public void remind(DelegateExecution execution, String step) {
        List<Task> late = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step).list();
        String recipient = late.isEmpty() ? null : late.get(0).getAssignee();
        late.forEach(task -> {
            task.setPriority(REMINDED_PRIORITY);
            tasks.saveTask(task);
            mail.remind(ReminderKind.APPRAISAL_DUE, task.getAssignee(), task.getId(), task.getName());
        });
        reminders.save(new AppraisalReminder((String) execution.getVariable("staffId"), subject(execution),
                subjectId(execution), step, AppraisalReminder.Kind.REMINDER, recipient, clock.now()));
    }

    /** Create listener of a line manager's follow-up task. */
    public void escalated(DelegateTask task, String step) {
        DelegateExecution execution = task.getExecution();
        AppraisalReminder escalation = reminders.save(new AppraisalReminder((String) execution.getVariable("staffId"),
                subject(execution), subjectId(execution), step, AppraisalReminder.Kind.ESCALATION, task.getAssignee(),
                clock.now()));
        task.setVariableLocal("escalationId", escalation.getId());
        task.setVariableLocal("lateStep", task.getName());
        mail.escalate(task.getAssignee(), task.getId(), task.getName());
    }

    /** Complete listener of the follow-up task: what the line manager did about it. */
    public void followedUp(DelegateTask task) {
        FormInput form = FormInput.of(task);
        String notes = form.requiredText("followUpNotes");
        reminders.findById((Long) task.getVariableLocal("escalationId")).orElseThrow()
                .followedUp(notes, task.getAssignee(), clock.now());
        form.discard("followUpNotes");
    }

    private static AppraisalReminder.Subject subject(DelegateExecution execution) {
        return execution.hasVariable("appraisalId") ? AppraisalReminder.Subject.APPRAISAL : AppraisalReminder.Subject.WORK_PLAN;
    }

    private static Long subjectId(DelegateExecution execution) {
        Object id = execution.hasVariable("appraisalId") ? execution.getVariable("appraisalId")
                : execution.getVariable("workPlanId");
        return ((Number) id).longValue();
    }
}
