package org.supervision.mail;

import java.sql.Timestamp;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * Sends a reminder or a digest once, however often and on however many nodes the job that
 * decides it runs. Each mail has an occurrence key (what it is about and for whom, e.g.
 * {@code session-overdue:12:jsmith}); in a transaction of its own the key is inserted into
 * {@code sent_reminder}, whose primary key it is, and the mail leaves after that transaction
 * commits. A second node inserting the same key waits for the first and then fails on the key,
 * as does a retry of a job that already sent it: both send nothing. The price is "at most
 * once": a mail server that refuses a committed mail is logged, not retried; the workspace still
 * shows the task. Nothing is sent, and nothing recorded, without an SMTP server, to a person
 * who has turned the reminder off, to a leaver, or to someone without an address.
 */
@Component
public class ReminderMail {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final StaffMemberRepository staff;
    private final ReminderPreferences preferences;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SupervisionClock clock;
    private final String from;
    private final String workspaceUrl;

    ReminderMail(ObjectProvider<JavaMailSender> sender, StaffMemberRepository staff, ReminderPreferences preferences,
                 JdbcTemplate jdbc, PlatformTransactionManager transactions, SupervisionClock clock,
                 @Value("${supervision.mail.from}") String from,
                 @Value("${supervision.mail.workspace-url}") String workspaceUrl) {
        this.sender = sender;
        this.staff = staff;
        this.preferences = preferences;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
        this.workspaceUrl = workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/";
    }

    /** The workspace's address, for a mail's link (people log in there, then see the details). */
    public String workspaceUrl() {
        return workspaceUrl;
    }

    /**
     * Sends the mail unless this occurrence was sent before; {@code true} if it is on its way.
     * The text must name the task and the person, never quote a record.
     */
    public boolean sendOnce(String occurrence, ReminderKind kind, String staffId, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        Optional<StaffMember> person = staff.findById(staffId)
                .filter(member -> member.isActiveOn(clock.today()))
                .filter(member -> member.getEmail() != null && !member.getEmail().isBlank());
        if (mail == null || person.isEmpty() || !preferences.wants(staffId, kind)) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(person.get().getEmail());
        message.setSubject(subject);
        message.setText(text + "\n\nYou can choose which reminders you receive under \"My reminders\": "
                + workspaceUrl + "reminders\n\nThis message was sent by the supervision system; please do not reply to it.");
        try {
            Boolean claimed = ownTransaction.execute(status -> {
                jdbc.update("insert into sent_reminder (occurrence, staff_id, kind, sent_at) values (?, ?, ?, ?)",
                        occurrence, staffId, kind.name(), Timestamp.from(clock.now()));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        deliver(mail, message, occurrence);
                    }
                });
                return true;
            });
            return Boolean.TRUE.equals(claimed);
        } catch (DuplicateKeyException alreadySent) {
            return false;
        } catch (DataAccessException notNow) {
            // e.g. a lock timeout while another node holds the same key: not recorded, so the next run decides again
            LOG.warn("Could not record the reminder {}; it is left to the next run: {}", occurrence, notNow.getMessage());
            return false;
        }
    }

    private static void deliver(JavaMailSender mail, SimpleMailMessage message, String occurrence) {
        try {
            mail.send(message);
        } catch (MailException e) {
            LOG.warn("Could not e-mail the reminder {}: {}", occurrence, e.getMessage());
        }
    }
}
