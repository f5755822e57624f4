package org.supervision.calendar;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a person's calendar feed to their calendar app, without a login: the secret in the
 * address is the credential (see {@link CalendarFeeds}). An unknown, stopped or replaced
 * address, or a leaver's, answers 404, the same for all, so the answer tells a guesser nothing.
 */
@RestController
class CalendarFeedEndpoint {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedEndpoint(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(text -> ResponseEntity.ok().contentType(CALENDAR)
                        // calendar apps poll; proxies must not keep a copy of someone's meetings
                        .cacheControl(CacheControl.noStore()).body(text))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("There is no calendar feed at this address. It may have been stopped or replaced."));
    }
}
