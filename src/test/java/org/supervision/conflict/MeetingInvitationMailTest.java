package org.supervision.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;

/**
 * The three-way meeting the line manager books reaches the three people as one calendar
 * invitation (a real SMTP server in-process), and neither the invitation nor its mail says
 * what the concern is, or that there is one.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:meeting-invites;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry (see WholeYearTest)
        "camunda.bpm.process-engine-name=meetingInvites",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3627"})
class MeetingInvitationMailTest {

    private static final String LINE_MANAGER = "ruth.khan@demo-council.example";

    /** A port of its own (not GreenMail's usual 3025, which other mail tests use), given to the context above. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(3627));

    @Autowired ConflictCases conflicts;
    @Autowired ConflictStageRepository stages;
    @Autowired StaffDirectoryImport directory;
    @Autowired ProcessDriver driver;

    @Test
    void aBookedThreeWayMeetingIsOneInvitationToTheThreeThatDoesNotMentionTheConcern() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        new ConflictTeams(directory).team("m");
        ConflictCase raised = conflicts.raise("swm", ConflictTeams.concern("Sessions are always cut short"));
        String process = raised.getProcessInstanceId();
        driver.complete(process, "supervisorResponds", "supm", ConflictTeams.response(true, false));

        driver.complete(process, "lineManagerBooksMeeting", "rkhan",
                Map.of("meetingDate", "2026-11-26", "meetingTime", "14:00", "meetingPlace", "Room 2"));

        smtp.waitForIncomingEmail(15_000, 3);
        List<MimeMessage> invitations = Arrays.stream(smtp.getReceivedMessages())
                .filter(MeetingInvitationMailTest::isCalendar).toList();
        assertThat(invitations).as("one each for the three").hasSize(3);
        ICalendar calendar = Biweekly.parse(calendarPart(invitations.get(0))).first();
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.getEvents().get(0);
        long stageId = stages.findByCaseIdOrderByStageAsc(raised.getId()).get(1).getId();
        assertThat(event.getUid().getValue()).isEqualTo("meeting-" + stageId + "@localhost");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue())
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 26, 14, 0, 0, 0, ZoneId.of("Europe/London")).toInstant()));
        assertThat(event.getLocation().getValue()).isEqualTo("Room 2");
        assertThat(event.getOrganizer().getEmail()).isEqualTo(LINE_MANAGER);
        assertThat(event.getAttendees()).extracting(Attendee::getEmail)
                .containsExactlyInAnyOrder(LINE_MANAGER, "supm@example.org", "swm@example.org");
        for (MimeMessage mail : invitations) {
            assertThat(whole(mail)).as("the mail and its calendar never say what the concern is, or that there is one")
                    .doesNotContain("cut short", "oncern", "onflict");
        }
    }

    private static boolean isCalendar(MimeMessage mail) {
        try {
            return calendarPart(mail) != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String whole(MimeMessage mail) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
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
}
