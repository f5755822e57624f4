package org.supervision.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.audit.AuditTrail;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMemberRepository;

/**
 * Personal calendar feeds: an address with a secret a person gives their calendar app
 * (Outlook, Google Calendar) to subscribe to their booked supervision sessions, observations
 * and three-way meetings. Calendar apps cannot log in, so the secret in the address is the
 * credential: whoever has the address sees the person's meeting times, places and the
 * names in the titles, never a record. Only its hash is stored; the person can stop it or
 * replace it with a new one at any time, which ends the old one at once. A leaver's feed
 * answers nothing from the day after their last working day, and is removed when their
 * leaving is processed ({@link LeaverFeedRevocation}).
 */
@Component
public class CalendarFeeds {

    /** The audit log's action for a feed removed because its owner left. */
    static final String STOPPED_ON_LEAVING = "CALENDAR_FEED_STOPPED";

    private final CalendarFeedRepository feeds;
    private final CalendarEventRepository events;
    private final List<MeetingSource> sources;
    private final StaffMemberRepository staff;
    private final AuditTrail audit;
    private final SupervisionClock clock;
    private final UkDates dates;
    private final String workspaceUrl;

    CalendarFeeds(CalendarFeedRepository feeds, CalendarEventRepository events, List<MeetingSource> sources,
                  StaffMemberRepository staff, AuditTrail audit, SupervisionClock clock, UkDates dates,
                  @Value("${supervision.mail.workspace-url}") String workspaceUrl) {
        this.feeds = feeds;
        this.events = events;
        this.sources = sources;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.dates = dates;
        this.workspaceUrl = workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/";
    }

    /** When the person's current feed address was made, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Instant> madeAt(String staffId) {
        return feeds.findById(staffId).map(CalendarFeed::getCreatedAt);
    }

    /** A new address for the person's feed; the previous one, if any, stops working. */
    @Transactional
    public String renew(String staffId) {
        String token = FeedToken.next();
        CalendarFeed feed = feeds.findById(staffId).orElseGet(() -> new CalendarFeed(staffId));
        feed.renew(FeedToken.hash(token), clock.now());
        feeds.save(feed);
        return address(token);
    }

    /** Stops the person's feed: its address answers "not found" from now on. */
    @Transactional
    public void stop(String staffId) {
        feeds.findById(staffId).ifPresent(feeds::delete);
    }

    /**
     * Removes a leaver's feed, in the transaction that processes their leaving; audited, since
     * the person did not ask for it. Someone without a feed leaves nothing to remove.
     */
    @Transactional
    public void stopForLeaver(String staffId, LocalDate leftOn) {
        feeds.findById(staffId).ifPresent(feed -> {
            feeds.delete(feed);
            audit.append("system", STOPPED_ON_LEAVING, "CalendarFeed", staffId, staffId,
                    leftOn == null ? "Left the organisation" : "Left the organisation; last working day " + dates.day(leftOn),
                    "The address of the personal calendar feed no longer works");
        });
    }

    /**
     * The feed's text for the secret in its address, or empty if no feed has it (never had,
     * stopped, renewed) or its owner is no longer employed: from the day after the last working
     * day, even before the leaving is processed and the feed removed.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > FeedToken.MAX_LENGTH) {
            return Optional.empty();
        }
        LocalDate today = clock.today();
        return feeds.findByTokenHash(FeedToken.hash(token)).filter(found -> staff.findById(found.getStaffId())
                .filter(member -> member.isActiveOn(today)).isPresent()).map(found -> {
            Instant now = clock.now();
            List<Meeting> meetings = sources.stream().flatMap(source -> source.upcomingFor(found.getStaffId(), now).stream())
                    .sorted(Comparator.comparing(Meeting::startsAt)).toList();
            return FeedCalendar.write(meetings, key -> events.findById(EventUid.of(key, workspaceUrl))
                    .map(CalendarEvent::currentVersion).orElse(0), workspaceUrl, now);
        });
    }

    private String address(String token) {
        return workspaceUrl + "calendar/feed/" + token + ".ics";
    }
}
