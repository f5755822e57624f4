package org.supervision.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supervision.shared.SupervisionClock;

/**
 * Throttles failed logins per source address, so that guessing is slow but nobody can lock
 * another person out: a source that keeps failing for a user name is refused for that name
 * for a while (longer each time, up to a cap), a source that fails for many names is refused
 * for every name for a while, and the same person logging in from anywhere else is not
 * affected. Nothing is locked in Camunda (org.supervision.engine.ReadOnlyPasswordCheck).
 *
 * <p>Every attempt counts as a failure from the moment it begins, and a success takes it
 * back; so many attempts sent at once cannot all slip through before the first failure is
 * counted. A refused attempt is not counted and its password is not checked (otherwise the
 * refusal would still tell a right guess from a wrong one).
 *
 * <p>The counters live in this node's memory (bounded; forgotten after window + max-block
 * without a failure) and go with a restart. Time is the product's clock, which tests move.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Bounds memory whatever an attacker sends; far more sources than a real attack needs to be told apart. */
    private static final int MAX_TRACKED = 100_000;
    /** Camunda user ids are at most 255 characters; a longer name is still counted, by its start. */
    private static final int MAX_NAME_LENGTH = 255;

    private final LoginThrottleSettings settings;
    private final SupervisionClock clock;
    private final Cache<NameAtSource, NameFailures> nameFailures;
    private final Cache<String, SourceFailures> sourceFailures;

    LoginThrottle(LoginThrottleSettings settings, SupervisionClock clock) {
        this.settings = settings;
        this.clock = clock;
        Duration remembered = settings.window().plus(settings.maxBlock());
        this.nameFailures = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(remembered).build();
        this.sourceFailures = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(remembered).build();
    }

    /**
     * Begins a login of {@code userName} from {@code source}: refuses it while the source is
     * refused (for this name or for every name), otherwise counts it as a failure until
     * {@link LoginAttempt#succeeded()}.
     */
    LoginAttempt begin(String source, String userName) {
        Instant now = clock.now();
        String name = nameKey(userName);
        SourceFailures fromSource = sourceFailures.getIfPresent(source);
        if (fromSource != null && fromSource.refusesAt(now)) {
            throw refusal("Too many failed logins from your computer or network.", now, fromSource.refusedUntil());
        }
        NameAtSource key = new NameAtSource(source, name);
        Instant[] refusedUntil = {null};
        NameFailures counted = nameFailures.asMap().compute(key, (k, old) -> {
            NameFailures current = old == null || old.forgottenAt(now, settings.window()) ? NameFailures.NONE : old;
            if (current.refusesAt(now)) {
                refusedUntil[0] = current.refusedUntil();
                return old;
            }
            return current.plusOne(now, settings);
        });
        if (refusedUntil[0] != null) {
            throw refusal("Too many failed logins for this user name from your computer or network.", now, refusedUntil[0]);
        }
        boolean[] refusesSourceNow = {false};
        SourceFailures afterThis = sourceFailures.asMap().compute(source, (k, old) -> {
            SourceFailures current = old == null ? SourceFailures.NONE : old;
            if (current.refusesAt(now)) {
                return old; // another attempt from this source has just crossed the limit
            }
            SourceFailures next = current.plus(name, now, settings);
            refusesSourceNow[0] = next.refusesAt(now);
            return next;
        });
        return new LoginAttempt(key, counted, refusesSourceNow[0] ? afterThis.refusedUntil() : null);
    }

    private static String nameKey(String userName) {
        String name = userName == null ? "" : userName.toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    private static LoginThrottledException refusal(String what, Instant now, Instant until) {
        Duration wait = Duration.between(now, until);
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new LoginThrottledException(what + " Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."), wait);
    }

    /** One login under way: the caller reports how it ended. */
    final class LoginAttempt {

        private final NameAtSource key;
        private final NameFailures counted;
        private final Instant sourceRefusedUntil;

        private LoginAttempt(NameAtSource key, NameFailures counted, Instant sourceRefusedUntil) {
            this.key = key;
            this.counted = counted;
            this.sourceRefusedUntil = sourceRefusedUntil;
        }

        /** The password was wrong: the failure stays counted; operators see each refusal it starts. */
        void failed() {
            if (counted.refusedUntil() != null) {
                LOG.warn("Login throttle: {} failed logins for user name '{}' from {}; that source is refused for this name until {}",
                        counted.count(), printable(key.name()), key.source(), counted.refusedUntil());
            }
            if (sourceRefusedUntil != null) {
                LOG.warn("Login throttle: failed logins for {} different user names from {} (the last '{}'); "
                                + "that source is refused for every name until {}",
                        settings.maxNamesPerSource(), key.source(), printable(key.name()), sourceRefusedUntil);
            }
        }

        /** The password was right: this source's failures for this name are forgotten. */
        void succeeded() {
            nameFailures.invalidate(key);
            sourceFailures.asMap().computeIfPresent(key.source(), (k, old) -> old.without(key.name()));
        }
    }

    /** User names come from strangers: no line breaks or other control characters in the log. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private record NameAtSource(String source, String name) {
    }

    /** Failures of one name from one source since its last success, and the refusal they caused. */
    private record NameFailures(int count, Instant last, Instant refusedUntil) {

        static final NameFailures NONE = new NameFailures(0, Instant.MIN, null);

        boolean refusesAt(Instant now) {
            return refusedUntil != null && now.isBefore(refusedUntil);
        }

        boolean forgottenAt(Instant now, Duration window) {
            Instant quietSince = refusedUntil != null && refusedUntil.isAfter(last) ? refusedUntil : last;
            return !now.isBefore(quietSince.plus(window));
        }

        NameFailures plusOne(Instant now, LoginThrottleSettings settings) {
            int failures = count + 1;
            int beyond = failures - settings.maxFailuresPerName();
            return new NameFailures(failures, now, beyond < 0 ? null : now.plus(blockFor(beyond, settings)));
        }

        /** first-block, doubled for each failure beyond the limit, at most max-block. */
        private static Duration blockFor(int beyond, LoginThrottleSettings settings) {
            Duration doubled = beyond >= 30 ? settings.maxBlock() : settings.firstBlock().multipliedBy(1L << beyond);
            return doubled.compareTo(settings.maxBlock()) > 0 ? settings.maxBlock() : doubled;
        }
    }

    /** The names that failed from one source within the window, and the refusal they caused. */
    private record SourceFailures(Map<String, Instant> names, Instant refusedUntil) {

        static final SourceFailures NONE = new SourceFailures(Map.of(), null);

        boolean refusesAt(Instant now) {
            return refusedUntil != null && now.isBefore(refusedUntil);
        }

        SourceFailures plus(String name, Instant now, LoginThrottleSettings settings) {
            Map<String, Instant> recent = new HashMap<>();
            names.forEach((failed, at) -> {
                if (now.isBefore(at.plus(settings.window()))) {
                    recent.put(failed, at);
                }
            });
            recent.put(name, now);
            if (recent.size() >= settings.maxNamesPerSource()) {
                return new SourceFailures(Map.of(), now.plus(settings.maxBlock()));
            }
            return new SourceFailures(Map.copyOf(recent), null);
        }

        SourceFailures without(String name) {
            Map<String, Instant> rest = new HashMap<>(names);
            rest.remove(name);
            return new SourceFailures(Map.copyOf(rest), refusedUntil);
        }
    }
}
