package org.supervision.observation;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;

/**
 * A direct observation booked by the observer arrives in both people's mailboxes as a
 * calendar invitation (a real SMTP server in-process). Its own database and engine, so the
 * mailbox holds only this test's mails.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:observation-invites;DB_CLOSE_DELAY=-1",
        // Camunda's REST API finds its engine by name in a JVM-wide registry (see WholeYearTest)
        "camunda.bpm.process-engine-name=observationInvites",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3626"})
class ObservationInvitationMailTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 12, 7);

    /** A port of its own (not GreenMail's usual 3025, which other mail tests use), given to the context above. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(3626));

    @Autowired RuntimeService runtime;
    @Autowired StaffDirectoryImport directory;
    @Autowired DirectObservationRepository observations;
    @Autowired ProcessDriver driver;
    @Autowired StaffMemberRepository staff;

    @Test
    void aBookedObservationIsAnInvitationToTheObserverAndTheObservedWorker() throws Exception {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("ivsup", "Iris", "Observer"),
                Teams.supervisee("ivsw", "Ivan", "Worker", "SOCIAL_WORKER", SIGNED));
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("ivsw").singleResult().getId();
        driver.complete(agreement, "draftAgreement", "ivsup", AgreementForms.draft(7, SIGNED.plusDays(7), SIGNED));
        driver.complete(agreement, "reviewAgreement", "ivsw", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "ivsup", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "ivsw", Map.of("signatureConfirmed", true));
        DirectObservation first = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("ivsw").get(0);

        driver.complete(first.getProcessInstanceId(), "bookObservation", "ivsup",
                Map.of("observationDate", "2027-03-01", "observationTime", "14:30", "place", "Duty office"));

        List<MimeMessage> invitations = invitations(2);
        assertThat(invitations).flatExtracting(mail -> Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList())
                .containsOnly("ivsup@example.org", "ivsw@example.org");
        ICalendar calendar = Biweekly.parse(calendarPart(invitations.get(0))).first();
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("observation-" + first.getId() + "@localhost");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getSummary().getValue()).isEqualTo("Direct observation: Ivan Worker observed by Iris Observer");
        assertThat(event.getDateStart().getValue())
                .isEqualTo(Date.from(ZonedDateTime.of(2027, 3, 1, 14, 30, 0, 0, ZoneId.of("Europe/London")).toInstant()));
        assertThat(event.getLocation().getValue()).isEqualTo("Duty office");
        assertThat(event.getAttendees()).extracting(Attendee::getEmail)
                .containsExactlyInAnyOrder("ivsup@example.org", "ivsw@example.org");
    }

    @Test
    void aPracticeEducatorChosenAsObserverIsInvitedInsteadOfTheSupervisor() throws Exception {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("pesup", "Pia", "Supervisor"),
                Teams.supervisee("pesw", "Pedro", "Worker", "SOCIAL_WORKER", SIGNED));
        directory.importStaff(new java.io.StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\npeedu,Penny,Educator,peedu@example.org,SOCIAL_WORKER,2020-01-06,37,rkhan,"
                + "PRACTICE_EDUCATOR,\n"));
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("pesw").singleResult().getId();
        driver.complete(agreement, "draftAgreement", "pesup", AgreementForms.draft(7, SIGNED.plusDays(7), SIGNED));
        driver.complete(agreement, "reviewAgreement", "pesw", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "pesup", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "pesw", Map.of("signatureConfirmed", true));
        DirectObservation first = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("pesw").get(0);

        driver.complete(first.getProcessInstanceId(), "bookObservation", "pesup", Map.of("observationDate", "2027-03-01",
                "observationTime", "09:30", "place", "Team room", "observerId", "peedu"));

        List<MimeMessage> invitations = invitations(2);
        assertThat(invitations).flatExtracting(mail -> Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList())
                .containsOnly("peedu@example.org", "pesw@example.org");
        VEvent event = Biweekly.parse(calendarPart(invitations.get(0))).first().getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Direct observation: Pedro Worker observed by Penny Educator");
    }

    @Test
    void anObservationNotBookedRemindsTheSupervisorFiveWorkingDaysBeforeItsDateThenGoesToTheLineManager() throws Exception {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("rmsup", "Rhys", "Reminded"),
                Teams.supervisee("rmsw", "Rita", "Worker", "SOCIAL_WORKER", SIGNED));
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey("rmsw").singleResult().getId();
        driver.complete(agreement, "draftAgreement", "rmsup", AgreementForms.draft(7, SIGNED.plusDays(7), SIGNED));
        driver.complete(agreement, "reviewAgreement", "rmsw", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "rmsup", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "rmsw", Map.of("signatureConfirmed", true));
        DirectObservation first = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("rmsw").get(0);
        String process = first.getProcessInstanceId();
        assertThat(first.getPlannedBy()).isEqualTo(LocalDate.of(2027, 6, 6));
        String bookingTask = driver.task(process, "bookObservation").getId();

        // 6 June 2027 is a Sunday and 31 May the spring bank holiday: 5 working days before is Friday 28 May
        driver.today(LocalDate.of(2027, 5, 27), process);
        assertThat(mailsTo("rmsup@example.org", "Reminder:")).as("not yet").isEmpty();
        driver.today(LocalDate.of(2027, 5, 28), process);
        smtp.waitForIncomingEmail(15_000, 1);
        List<MimeMessage> reminders = mailsTo("rmsup@example.org", "Reminder:");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject()).isEqualTo("Reminder: Supervisor books observation – Rita Worker");
        String reminder = reminders.get(0).getContent().toString();
        assertThat(reminder).contains("due by 6 June 2027", "/tasks/" + bookingTask).doesNotContain("rmsw");
        assertThat(observations.findById(first.getId()).orElseThrow().getRemindedAt()).isNotNull();
        assertThat(mailsTo(lineManagerEmail(), "Escalated")).as("the line manager only after the date").isEmpty();

        driver.today(LocalDate.of(2027, 6, 7), process);
        String followUp = driver.task(process, "followUpBooking").getId();
        smtp.waitForIncomingEmail(15_000, 2);
        List<MimeMessage> escalations = mailsTo(lineManagerEmail(), "Escalated");
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0).getSubject())
                .isEqualTo("Escalated to you: Line manager follows up observation not booked – Rita Worker");
        assertThat(escalations.get(0).getContent().toString()).contains("/tasks/" + followUp);
        assertThat(mailsTo("rmsup@example.org", "Reminder:")).as("one reminder, not one a day").hasSize(1);
    }

    private String lineManagerEmail() {
        return staff.findById("rkhan").orElseThrow().getEmail();
    }

    private List<MimeMessage> mailsTo(String address, String subjectStart) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            boolean to = Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            if (to && mail.getSubject() != null && mail.getSubject().startsWith(subjectStart)) {
                found.add(mail);
            }
        }
        return found;
    }

    /** Only the calendar mails: importing the pair may also have sent their password invitations. */
    private List<MimeMessage> invitations(int expected) throws Exception {
        smtp.waitForIncomingEmail(15_000, expected);
        List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(ObservationInvitationMailTest::isCalendar).toList();
        assertThat(found).as("one invitation each").hasSize(expected);
        return found;
    }

    private static boolean isCalendar(MimeMessage mail) {
        try {
            return calendarPart(mail) != null;
        } catch (Exception e) {
            return false;
        }
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
