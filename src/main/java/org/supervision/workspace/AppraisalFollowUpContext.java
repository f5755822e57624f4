package org.supervision.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.supervision.appraisal.AppraisalReminder;
import org.supervision.appraisal.AppraisalReminderRepository;
import org.supervision.engine.AsSystem;
import org.supervision.shared.UkDates;
import org.springframework.stereotype.Component;

/**
 * What a manager following up a late work plan or appraisal step needs before they pick up
 * the phone: which step is late, who holds it and since when it was due, and what has been
 * done about it so far (reminders, escalations, earlier follow-ups): dates and people only,
 * never what a plan or an appraisal says.
 */
@Component
class AppraisalFollowUpContext {

    private final TaskService tasks;
    private final IdentityService identity;
    private final AppraisalReminderRepository reminders;
    private final UkDates dates;

    AppraisalFollowUpContext(TaskService tasks, IdentityService identity, AppraisalReminderRepository reminders,
                             UkDates dates) {
        this.tasks = tasks;
        this.identity = identity;
        this.reminders = reminders;
        this.dates = dates;
    }

    /** @param name a person's full name from their user id */
    Optional<TaskContext.View> of(String taskId, Function<String, String> name) {
        return AsSystem.call(identity, () -> {
            Task followUp = tasks.createTaskQuery().taskId(taskId).singleResult();
            Object escalationId = tasks.getVariableLocal(taskId, "escalationId");
            if (followUp == null || !(escalationId instanceof Number id)) {
                return Optional.<TaskContext.View>empty();
            }
            return reminders.findById(id.longValue()).map(escalation -> view(followUp, escalation, name));
        });
    }

    private TaskContext.View view(Task followUp, AppraisalReminder escalation, Function<String, String> name) {
        List<FormItem.Fact> facts = new ArrayList<>();
        Task late = tasks.createTaskQuery().processInstanceId(followUp.getProcessInstanceId())
                .taskDefinitionKey(escalation.getStep()).singleResult();
        if (late == null) {
            facts.add(fact("Late step", "Done since this follow-up was opened"));
        } else {
            facts.add(fact("Late step", late.getName()));
            facts.add(fact("Waiting for", late.getAssignee() == null ? "Nobody yet" : name.apply(late.getAssignee())));
            facts.add(fact("It was due by", late.getDueDate() == null ? null : dates.day(dates.dueDay(late.getDueDate().toInstant()))));
        }
        reminders.findBySubjectAndSubjectIdOrderByIdAsc(escalation.getSubject(), escalation.getSubjectId()).stream()
                .filter(event -> event.getStep().equals(escalation.getStep()))
                .forEach(event -> {
                    String to = event.getRecipient() == null ? "nobody" : name.apply(event.getRecipient());
                    facts.add(event.getKind() == AppraisalReminder.Kind.REMINDER
                            ? fact("Reminder", "Sent to " + to + " on " + dates.day(event.getSentAt()))
                            : fact("Escalated", "To " + to + " on " + dates.day(event.getSentAt())));
                    if (event.getNotedAt() != null) {
                        facts.add(fact("Followed up", "By " + name.apply(event.getNotedBy()) + " on "
                                + dates.day(event.getNotedAt())));
                    }
                });
        return new TaskContext.View("What has happened so far", facts, null, false);
    }

    private static FormItem.Fact fact(String label, String value) {
        return new FormItem.Fact(label, value == null ? "Not set" : value, false);
    }
}
