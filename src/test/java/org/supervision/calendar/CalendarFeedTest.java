package org.supervision.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.supervision.observation.DirectObservation;
import org.supervision.observation.DirectObservationRepository;
import org.supervision.session.SessionTestSupport;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.Teams;
import org.supervision.support.WebClient;

/**
 * A person's calendar feed, as their calendar app fetches it (no login): made on "My calendar
 * feed", it holds their own booked sessions with the invitations' UIDs and nobody else's;
 * a replaced or stopped address answers 404; the database keeps only the secret's hash; a
 * leaver's address stops answering the day after their last working day and is removed, with
 * an audit entry, when the leaving is processed. The same configuration as RemindersMailTest,
 * so both share one application context.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:reminders;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=reminders",
        "spring.mail.host=127.0.0.1", "spring.mail.port=3628"})
class CalendarFeedTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 12, 7);
    private static final String PASSWORD = "calendar-feed-password";
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");
    private static final Pattern FEED_ADDRESS = Pattern.compile("value=\"http://localhost:8080(/calendar/feed/[A-Za-z0-9_-]+\\.ics)\"");

    /** The invitations of the bookings below go to the same port as RemindersMailTest's. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(3628));

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired StaffDirectoryImport directory;
    @Autowired SupervisionSessionRepository sessions;
    @Autowired ProcessDriver driver;
    @Autowired DirectObservationRepository observations;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPersonsFeedHoldsTheirOwnBookedMeetingsUntilTheyStopIt() throws Exception {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("cfsup", "Colin", "Feedsupervisor"),
                Teams.supervisee("cfsw", "Cara", "Feedworker", "SOCIAL_WORKER", SIGNED),
                Teams.supervisee("cfother", "Omar", "Otherworker", "SOCIAL_WORKER", SIGNED));
        Teams.logins(identity, PASSWORD, "cfsw");
        long cara = bookFirstSession("cfsw", LocalDate.of(2026, 12, 14));
        long omar = bookFirstSession("cfother", LocalDate.of(2026, 12, 15));
        DirectObservation observation = observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc("cfsw").get(0);
        driver.complete(observation.getProcessInstanceId(), "bookObservation", "cfsup",
                Map.of("observationDate", "2027-03-01", "observationTime", "14:30", "place", "Duty office"));

        WebClient person = WebClient.browser(port, "cfsw", PASSWORD);
        assertThat(person.get("/calendar-feed").body()).contains("My calendar feed", "You have no calendar link");
        String feed = makeLink(person);

        WebClient calendarApp = WebClient.anonymous(port);
        HttpResponse<String> fetched = calendarApp.get(feed);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(fetched.body()).first();
        assertThat(calendar).as("parses as iCalendar").isNotNull();
        assertThat(calendar.getEvents()).extracting(event -> event.getUid().getValue())
                .as("Cara's session and observation, soonest first, with the UIDs of their invitations; Omar's session is not hers to see")
                .containsExactly("session-" + cara + "@localhost", "observation-" + observation.getId() + "@localhost")
                .doesNotContain("session-" + omar + "@localhost");
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getSequence().getValue()).as("the invitation's sequence").isZero();
        assertThat(event.getSummary().getValue()).isEqualTo("Supervision: Cara Feedworker with Colin Feedsupervisor");
        assertThat(event.getLocation().getValue()).isEqualTo("Room 4, Civic Centre");
        assertThat(event.getDateStart().getValue())
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 14, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant()));
        assertThat(event.getDescription().getValue()).isEqualTo("Details are in the supervision workspace: http://localhost:8080/");
        assertThat(calendar.getEvents().get(1).getSummary().getValue())
                .isEqualTo("Direct observation: Cara Feedworker observed by Colin Feedsupervisor");
        assertThat(fetched.body()).doesNotContain("Omar");

        String secret = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());
        List<String> stored = jdbc.queryForList("select token_hash from calendar_feed where staff_id = 'cfsw'", String.class);
        assertThat(stored).as("only the hash is kept").containsExactly(FeedToken.hash(secret)).doesNotContain(secret);

        String renewed = makeLink(person);
        assertThat(renewed).isNotEqualTo(feed);
        assertThat(calendarApp.get(feed).statusCode()).as("the replaced link").isEqualTo(404);
        assertThat(calendarApp.get(renewed).statusCode()).isEqualTo(200);

        HttpResponse<String> stopped = postForm(person, "/calendar-feed", "/calendar-feed/stop");
        assertThat(stopped.statusCode()).isEqualTo(302);
        assertThat(person.get("/calendar-feed").body()).contains("Your calendar feed is stopped", "You have no calendar link");
        assertThat(calendarApp.get(renewed).statusCode()).as("the stopped link").isEqualTo(404);
        assertThat(calendarApp.get("/calendar/feed/not-a-feed.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void aLeaversFeedStopsTheDayAfterTheirLastWorkingDayAndIsRemovedWhenTheLeavingIsProcessed() {
        Fixtures.today(SIGNED);
        Teams.importTeam(directory, Teams.supervisor("cflsup", "Lorna", "Feedsupervisor"),
                Teams.supervisee("cfleaver", "Leo", "Feedleaver", "SOCIAL_WORKER", SIGNED));
        Teams.logins(identity, PASSWORD, "cfleaver");
        WebClient person = WebClient.browser(port, "cfleaver", PASSWORD);
        String feed = makeLink(person);
        WebClient calendarApp = WebClient.anonymous(port);
        assertThat(calendarApp.get(feed).statusCode()).as("while employed").isEqualTo(200);

        // HR records Friday 11 December as the last working day
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\ncfleaver,Leo,Feedleaver,cfleaver@example.org,SOCIAL_WORKER," + SIGNED
                + ",37,cflsup,,2026-12-11\n"));
        String leaving = runtime.createProcessInstanceQuery().processDefinitionKey("staff-leaving")
                .processInstanceBusinessKey("cfleaver").singleResult().getId();
        driver.today(LocalDate.of(2026, 12, 11), leaving);
        assertThat(calendarApp.get(feed).statusCode()).as("on the last working day").isEqualTo(200);

        // the day after: no answer, even before the leaving has been processed
        Fixtures.today(LocalDate.of(2026, 12, 12));
        HttpResponse<String> afterLeaving = calendarApp.get(feed);
        assertThat(afterLeaving.statusCode()).isEqualTo(404);
        assertThat(afterLeaving.body()).doesNotContain("BEGIN:VCALENDAR", "Feedleaver");
        assertThat(feedsOf("cfleaver")).as("not yet removed").isEqualTo(1);

        driver.runDueJobs(leaving);

        assertThat(feedsOf("cfleaver")).as("removed when the leaving is processed").isZero();
        assertThat(calendarApp.get(feed).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForList("select actor || ' | ' || reason from audit_log where action = ? and subject_staff_id = ?",
                String.class, CalendarFeeds.STOPPED_ON_LEAVING, "cfleaver"))
                .containsExactly("system | Left the organisation; last working day 11 December 2026");
    }

    private long feedsOf(String staffId) {
        return jdbc.queryForObject("select count(*) from calendar_feed where staff_id = ?", Long.class, staffId);
    }

    /** Signs the supervisee's agreement and has the supervisor book the first session for 10:00 on its due day. */
    private long bookFirstSession(String supervisee, LocalDate firstSession) {
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(supervisee).singleResult().getId();
        driver.complete(agreement, "draftAgreement", "cfsup", AgreementForms.draft(28, firstSession, SIGNED));
        driver.complete(agreement, "reviewAgreement", supervisee, Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "cfsup", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", supervisee, Map.of("signatureConfirmed", true));
        String cycle = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-session")
                .processInstanceBusinessKey(supervisee).singleResult().getId();
        driver.complete(cycle, "bookSession", "cfsup", SessionTestSupport.booking(firstSession));
        return sessions.findByStaffIdOrderByDueOnAscIdAsc(supervisee).get(0).getId();
    }

    /** Presses "Make a calendar link" and reads the address the page shows once. */
    private String makeLink(WebClient person) {
        HttpResponse<String> made = postForm(person, "/calendar-feed", "/calendar-feed");
        assertThat(made.statusCode()).isEqualTo(302);
        Matcher address = FEED_ADDRESS.matcher(person.get("/calendar-feed").body());
        assertThat(address.find()).as("the page shows the new link").isTrue();
        return address.group(1);
    }

    private static HttpResponse<String> postForm(WebClient client, String page, String action) {
        Matcher csrf = CSRF.matcher(client.get(page).body());
        assertThat(csrf.find()).as("the page's form carries a CSRF token").isTrue();
        return client.post(action, "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
    }
}
