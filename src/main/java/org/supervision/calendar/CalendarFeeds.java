package org.supervision.calendar;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.shared.SupervisionClock;

/**
 * Personal calendar feeds: an address with a secret a person gives their calendar app
 * (Outlook, Google Calendar) to subscribe to their booked supervision sessions, observations
 * and three-way meetings. Calendar apps cannot log in, so the secret in the address is the
 * credential: whoever has the address sees the person's meeting times, places and the
 * names in the titles, never a record. Only its hash is stored; the person can stop it or
 * replace it with a new one at any time, which ends the old one at once.
 */
@Component
public class CalendarFeeds {

    private final CalendarFeedRepository feeds;
    private final CalendarEventRepository events;
    private final List<MeetingSource> sources;
    private final SupervisionClock clock;
    private final String workspaceUrl;

    CalendarFeeds(CalendarFeedRepository feeds, CalendarEventRepository events, List<MeetingSource> sources,
                  SupervisionClock clock, @Value("${supervision.mail.workspace-url}") String workspaceUrl) {
        this.feeds = feeds;
        this.events = events;
        this.sources = sources;
        this.clock = clock;
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

    /** The feed's text for the secret in its address, or empty if no feed has it (never had, stopped, renewed). */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > FeedToken.MAX_LENGTH) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(FeedToken.hash(token)).map(found -> {
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
