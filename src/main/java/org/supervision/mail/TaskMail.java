package org.supervision.mail;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * E-mails people about tasks falling due or late (the reminder to whoever holds the task, the
 * escalation to the line manager), so nobody has to watch their task list to notice. A mail leaves only once
 * the transaction that decided it has committed: a reminder job that fails and is retried
 * sends nothing twice, and one that rolls back sends nothing. The mail names the task and
 * links to its page in the workspace, which asks for a login; it never quotes what a record
 * says. Without an SMTP server ({@code spring.mail.host}) nothing is sent and the workspace
 * alone shows the late tasks.
 */
@Component
public class TaskMail {

    private static final Logger LOG = LoggerFactory.getLogger(TaskMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final StaffMemberRepository staff;
    private final String from;
    private final String workspaceUrl;
    private final ReminderPreferences preferences;

    TaskMail(ObjectProvider<JavaMailSender> sender, StaffMemberRepository staff, ReminderPreferences preferences,
             @Value("${supervision.mail.from}") String from, @Value("${supervision.mail.workspace-url}") String workspaceUrl) {
        this.sender = sender;
        this.staff = staff;
        this.preferences = preferences;
        this.from = from;
        this.workspaceUrl = workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/";
    }

    /** To whoever holds a late task. */
    public void remind(String userId, String taskId, String taskName) {
        send(userId, "Reminder: " + taskName, "The task \"" + taskName + "\" is late and waits for you."
                + " Open it in the supervision workspace:\n\n" + taskPage(taskId));
    }

    /**
     * A reminder the person may have turned off on "My reminders" (the appraisal steps', the
     * observation booking's). Escalations
     * to a line manager cannot be turned off: following them up is part of the manager's job.
     */
    public void remind(ReminderKind kind, String userId, String taskId, String taskName) {
        if (userId != null && preferences.wants(userId, kind)) {
            remind(userId, taskId, taskName);
        }
    }

    /** To whoever holds a task that falls due soon, before anyone else is told it is late. */
    public void dueSoon(String userId, String taskId, String taskName, String dueDay) {
        send(userId, "Reminder: " + taskName, "The task \"" + taskName + "\" is due by " + dueDay
                + " and waits for you. If it is still open then, your line manager will be asked to follow it up."
                + " Open it in the supervision workspace:\n\n" + taskPage(taskId));
    }

    /** {@link #dueSoon(String, String, String, String)} unless the person has turned this kind of reminder off. */
    public void dueSoon(ReminderKind kind, String userId, String taskId, String taskName, String dueDay) {
        if (userId != null && preferences.wants(userId, kind)) {
            dueSoon(userId, taskId, taskName, dueDay);
        }
    }

    /** To the line manager who now has to follow up a late step of someone in their team. */
    public void escalate(String userId, String taskId, String followUpTaskName) {
        send(userId, "Escalated to you: " + followUpTaskName, "A step in your team is late and has been escalated to you."
                + " Your task \"" + followUpTaskName + "\" is in the supervision workspace:\n\n" + taskPage(taskId));
    }

    /** To the supervisor a senior manager handed someone else's task to, while its holder is away. */
    public void handedOver(String userId, String taskId, String taskName, String managerName, String fromName) {
        send(userId, "Handed to you: " + taskName, managerName + " has handed you the task \"" + taskName + "\", which "
                + fromName + " had. It is in the supervision workspace:\n\n" + taskPage(taskId));
    }

    /** The task's own page: the person logs in (if need be) and lands on the task, not on a list to search. */
    private String taskPage(String taskId) {
        return workspaceUrl + "tasks/" + taskId;
    }

    private void send(String userId, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        Optional<String> address = Optional.ofNullable(userId).flatMap(staff::findById).map(StaffMember::getEmail)
                .filter(email -> !email.isBlank());
        if (mail == null || address.isEmpty()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address.get());
        message.setSubject(subject);
        message.setText(text + "\n\nThis message was sent by the supervision system; please do"
                + " not reply to it.");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(mail, message, userId);
                }
            });
        } else {
            deliver(mail, message, userId);
        }
    }

    private static void deliver(JavaMailSender mail, SimpleMailMessage message, String userId) {
        try {
            mail.send(message);
        } catch (MailException e) {
            // the reminder itself is recorded and the task shown in the workspace; a mail server outage must not undo it
            LOG.warn("Could not e-mail {} about '{}': {}", userId, message.getSubject(), e.getMessage());
        }
    }
}
