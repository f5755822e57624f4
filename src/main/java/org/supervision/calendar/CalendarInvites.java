package org.supervision.calendar;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * Sends calendar invitations (Outlook, Google Calendar and the like read them) when a meeting
 * is booked, re-booked or called off. Each meeting keeps one UID, derived from what was booked,
 * and every mail about it carries the next SEQUENCE number, so calendars update or remove the
 * event they already hold instead of adding another. Like task mails, an invitation leaves only
 * after the booking's transaction has committed, and nothing is sent without an SMTP server.
 */
@Component
public class CalendarInvites {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarInvites.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final StaffMemberRepository staff;
    private final CalendarEventRepository events;
    private final SupervisionClock clock;
    private final UkDates dates;
    private final String from;
    private final String workspaceUrl;

    CalendarInvites(ObjectProvider<JavaMailSender> sender, StaffMemberRepository staff, CalendarEventRepository events,
                    SupervisionClock clock, UkDates dates, @Value("${supervision.mail.from}") String from,
                    @Value("${supervision.mail.workspace-url}") String workspaceUrl) {
        this.sender = sender;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
        this.from = from;
        this.workspaceUrl = workspaceUrl;
    }

    /** The meeting is booked, or booked again at a new time or place: calendars add or update it. */
    public void invite(Meeting meeting) {
        send(meeting, false);
    }

    /** The meeting will not take place as booked: calendars remove it. */
    public void cancel(Meeting meeting) {
        send(meeting, true);
    }

    private void send(Meeting meeting, boolean cancel) {
        JavaMailSender mail = sender.getIfAvailable();
        Optional<StaffMember> organiser = staff.findById(meeting.organiserId());
        List<StaffMember> attendees = meeting.attendeeIds().stream().map(staff::findById).flatMap(Optional::stream)
                .filter(person -> person.getEmail() != null && !person.getEmail().isBlank()).toList();
        if (mail == null || organiser.isEmpty() || attendees.isEmpty()) {
            return;
        }
        String uid = EventUid.of(meeting.key(), workspaceUrl);
        CalendarEvent event = events.findById(uid).orElseGet(() -> events.save(new CalendarEvent(uid)));
        int sequence = event.nextVersion();
        String ics = InvitationCalendar.write(cancel, uid, sequence, meeting, organiser.get(), attendees, workspaceUrl,
                clock.now());
        MimeMessage message = mail.createMimeMessage();
        try {
            compose(message, meeting, cancel, ics, attendees);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the calendar invitation", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(mail, message, uid);
                }
            });
        } else {
            deliver(mail, message, uid);
        }
    }

    private void compose(MimeMessage message, Meeting meeting, boolean cancel, String ics, List<StaffMember> attendees)
            throws MessagingException {
        String when = dates.dateTime(meeting.startsAt());
        message.setFrom(new InternetAddress(from));
        for (StaffMember person : attendees) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(person.getEmail()));
        }
        message.setSubject((cancel ? "Cancelled: " : "Invitation: ") + meeting.title() + ", " + when, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText((cancel ? meeting.title() + " on " + when + " will not take place as booked."
                : meeting.title() + " is booked for " + when + " at " + meeting.place() + ".")
                + "\n\nThe details are in the supervision workspace: " + workspaceUrl
                + "\n\nThis message was sent by the supervision system; please do not reply to it.", "UTF-8");
        MimeBodyPart calendar = new MimeBodyPart();
        String type = "text/calendar; charset=UTF-8; method=" + (cancel ? "CANCEL" : "REQUEST");
        try {
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, type)));
        } catch (IOException e) {
            throw new MessagingException("calendar part", e);
        }
        calendar.setHeader("Content-Type", type);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(calendar);
        message.setContent(alternative);
    }

    private static void deliver(JavaMailSender mail, MimeMessage message, String uid) {
        try {
            mail.send(message);
        } catch (MailException e) {
            // the booking itself stands and shows in the workspace; a mail server outage must not undo it
            LOG.warn("Could not send the calendar invitation {}: {}", uid, e.getMessage());
        }
    }
}
