package org.supervision.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.stereotype.Component;
import org.supervision.shared.SupervisionClock;

/**
 * Limits "forgotten password" requests, so that the page cannot be used to flood a person's
 * mailbox or to send mail in bulk: so many requests per source address, and so many links
 * per person, within a window ({@code supervision.access}). Over the limit nothing is sent,
 * and the page answers as always. Counters are per node, in memory, on the product's clock.
 */
@Component
class ResetRequestThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final AccessSettings settings;
    private final SupervisionClock clock;
    private final Cache<String, Deque<Instant>> bySource;
    private final Cache<String, Deque<Instant>> byPerson;

    ResetRequestThrottle(AccessSettings settings, SupervisionClock clock) {
        this.settings = settings;
        this.clock = clock;
        this.bySource = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(settings.requestWindow()).build();
        this.byPerson = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(settings.requestWindow()).build();
    }

    /** Counts a request from {@code source}; false when that source has asked too often. */
    boolean sourceMayAsk(String source) {
        return count(bySource, source, settings.requestsPerSource());
    }

    /** Counts a link for {@code staffId}; false when they have been sent enough for now. */
    boolean personMayBeSent(String staffId) {
        return count(byPerson, staffId, settings.requestsPerPerson());
    }

    private boolean count(Cache<String, Deque<Instant>> counters, String key, int limit) {
        Instant now = clock.now();
        Instant since = now.minus(settings.requestWindow());
        boolean[] allowed = {false};
        counters.asMap().compute(key, (k, old) -> {
            Deque<Instant> recent = old == null ? new ArrayDeque<>() : old;
            recent.removeIf(at -> !at.isAfter(since));
            if (recent.size() < limit) {
                recent.addLast(now);
                allowed[0] = true;
            }
            return recent;
        });
        return allowed[0];
    }
}
