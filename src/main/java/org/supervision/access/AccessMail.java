package org.supervision.access;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMember;

/**
 * The e-mails that carry a link to set a password. A mail leaves only after the transaction
 * that issued its link has committed (an import that rolls back invites nobody), and on a
 * thread of its own, so "forgotten password" answers as fast for a known person as for an
 * unknown one. Without an SMTP server ({@code spring.mail.host}) nothing is sent; an
 * administrator then resends once mail works.
 */
@Component
class AccessMail {

    private static final Logger LOG = LoggerFactory.getLogger(AccessMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final UkDates dates;
    private final String from;
    private final String workspaceUrl;
    private final String organisation;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "access-mail");
        thread.setDaemon(true);
        return thread;
    });

    AccessMail(ObjectProvider<JavaMailSender> sender, UkDates dates, @Value("${supervision.mail.from}") String from,
               @Value("${supervision.mail.workspace-url}") String workspaceUrl,
               @Value("${supervision.workspace.organisation}") String organisation) {
        this.sender = sender;
        this.dates = dates;
        this.from = from;
        this.workspaceUrl = workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/";
        this.organisation = organisation;
    }

    void send(StaffMember member, LinkPurpose purpose, String token, Instant expires) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            LOG.info("No mail server configured: the {} link for {} was not e-mailed", purpose.name().toLowerCase(), member.getId());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(member.getEmail());
        message.setSubject(purpose == LinkPurpose.INVITATION
                ? "Set your password for supervision at " + organisation : "Set a new password for supervision");
        message.setText(text(member, purpose, workspaceUrl + "set-password?token=" + token, expires));
        Runnable deliver = () -> delivery.execute(() -> deliver(mail, message, member.getId()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    private String text(StaffMember member, LinkPurpose purpose, String link, Instant expires) {
        String opening = purpose == LinkPurpose.INVITATION
                ? organisation + " uses this system to arrange and record supervision: your supervision agreement,"
                        + " sessions and their records, appraisals, and your learning and development. You now have"
                        + " access to it. Your user name is " + member.getId() + ".\n\nTo choose your password, open this link:"
                : "Someone asked to set a new password for your supervision account at " + organisation
                        + " (user name " + member.getId() + ").\n\nTo choose a new password, open this link:";
        String ignore = purpose == LinkPurpose.INVITATION
                ? "If you were not expecting this, ignore it."
                : "If you were not expecting this, ignore it: your password has not changed.";
        return "Hello " + member.getFirstName() + ",\n\n" + opening + "\n\n" + link + "\n\nThe link works once and"
                + " expires on " + dates.dateTime(expires) + " (UK time). After that, ask for a new one on the sign-in"
                + " page (\"Forgotten your password?\").\n\n" + ignore + "\n\nThis message was sent by the supervision"
                + " system; please do not reply to it.";
    }

    private static void deliver(JavaMailSender mail, SimpleMailMessage message, String staffId) {
        try {
            mail.send(message);
        } catch (MailException e) {
            // the link is issued and audited; an administrator can resend it once mail works
            LOG.warn("Could not e-mail {} their link to set a password: {}", staffId, e.getMessage());
        }
    }

    /** Mails already queued still leave at shutdown (the command-line import exits right after importing). */
    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        delivery.shutdown();
        if (!delivery.awaitTermination(1, TimeUnit.MINUTES)) {
            LOG.warn("Stopped with links to set a password still to be e-mailed; resend the invitations of the last import");
        }
    }
}
