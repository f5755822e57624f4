package org.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.supervision.agreement.AgreementStarter;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;

/**
 * A supervision session booked, postponed and re-booked: each step reaches the supervisor's
 * and the supervisee's mailboxes (a real SMTP server in-process) as one calendar invitation
 * that a calendar app would apply to the same event. Its own database and engine, so that
 * the mailbox holds only this test's mails.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:calendar-invites;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry (see WholeYearTest)
        "camunda.bpm.process-engine-name=calendarInvites",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3625"})
class SessionInvitationMailTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SUPERVISEE = "fatima.green@demo-council.example";
    private static final String SUPERVISOR = "thanh.nguyen@demo-council.example";

    /** A port of its own (not GreenMail's usual 3025, which other mail tests use), given to the context above. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(3625));

    @Autowired ProcessEngine engine;
    @Autowired AgreementStarter starter;

    SessionTestSupport support;
    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        support = new SessionTestSupport(engine, starter);
        driver = support.driver();
    }

    @Test
    void bookingPostponingAndReBookingUpdateOneCalendarEventInBothPeoplesCalendars() throws Exception {
        String cycle = support.signAgreement("fgreen", "tnguyen", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), 28, false);
        long sessionId = support.planned(cycle);

        driver.complete(cycle, "bookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 11, 30)));
        VEvent booked = theInvitationBothReceived(1, "REQUEST");
        assertThat(booked.getUid().getValue()).isEqualTo("session-" + sessionId + "@localhost");
        assertThat(booked.getSequence().getValue()).isZero();
        assertThat(booked.getDateStart().getValue()).isEqualTo(londonTime(2026, 11, 30, 10));
        assertThat(booked.getSummary().getValue()).isEqualTo("Supervision: Fatima Green with Thanh Nguyen");
        assertThat(booked.getLocation().getValue()).isEqualTo("Room 4, Civic Centre");
        assertThat(booked.getOrganizer().getEmail()).isEqualTo(SUPERVISOR);
        assertThat(booked.getAttendees()).extracting(Attendee::getEmail).containsExactlyInAnyOrder(SUPERVISOR, SUPERVISEE);
        assertThat(booked.getDescription().getValue()).contains("http://localhost:8080/");

        driver.today(LocalDate.of(2026, 11, 30), cycle);
        driver.complete(cycle, "recordSession", "tnguyen", SessionTestSupport.postponed("SUPERVISEE", "Court hearing overran"));
        VEvent cancelled = theInvitationBothReceived(2, "CANCEL");
        assertThat(cancelled.getUid().getValue()).as("the same event").isEqualTo(booked.getUid().getValue());
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);

        driver.today(LocalDate.of(2026, 12, 2), cycle);
        driver.complete(cycle, "rebookSession", "tnguyen", SessionTestSupport.booking(LocalDate.of(2026, 12, 4)));
        VEvent rebooked = theInvitationBothReceived(3, "REQUEST");
        assertThat(rebooked.getUid().getValue()).as("the same event, moved").isEqualTo(booked.getUid().getValue());
        assertThat(rebooked.getSequence().getValue()).isEqualTo(2);
        assertThat(rebooked.getDateStart().getValue()).isEqualTo(londonTime(2026, 12, 4, 10));

        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(whole(mail)).as("an invitation never says why a session was postponed")
                    .doesNotContain("Court hearing", "overran");
        }
    }

    /** The nth mail in each of the two inboxes: one each, carrying the same calendar, which parses as RFC 5545. */
    private VEvent theInvitationBothReceived(int nth, String method) throws Exception {
        assertThat(smtp.waitForIncomingEmail(15_000, 2 * nth)).as("invitation " + nth + " to both").isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(2 * nth);
        MimeMessage supervisors = latestIn(SUPERVISOR, nth);
        MimeMessage supervisees = latestIn(SUPERVISEE, nth);
        String ics = calendarPart(supervisors);
        assertThat(calendarPart(supervisees)).isEqualTo(ics);
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar).as("parses as iCalendar").isNotNull();
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        assertThat(calendar.getEvents()).hasSize(1);
        assertThat(supervisees.getSubject()).startsWith("REQUEST".equals(method) ? "Invitation: Supervision: Fatima Green"
                : "Cancelled: Supervision: Fatima Green");
        return calendar.getEvents().get(0);
    }

    private static MimeMessage latestIn(String address, int expected) throws Exception {
        List<StoredMessage> inbox = smtp.getManagers().getImapHostManager()
                .getInbox(smtp.getUserManager().getUserByEmail(address)).getMessages();
        assertThat(inbox).as(address + "'s inbox").hasSize(expected);
        return inbox.get(expected - 1).getMimeMessage();
    }

    private static String calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            assertThat(part.getContentType()).contains("method=");
            return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendarPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String whole(MimeMessage mail) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Date londonTime(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, LONDON).toInstant());
    }
}
