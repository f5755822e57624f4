package org.supervision.security;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Idle and absolute time-outs of a signed-in person's session (the workspace's and the
 * Camunda webapps', which share it), on real time ({@link SignOutClock}).
 */
@Component
public class SessionTimeouts {

    /** Why a session ended: the words after "You were signed out because". */
    public enum Ending { IDLE, ABSOLUTE }

    /** What is left of a session, for the workspace's warning. */
    public record TimeLeft(long idleSeconds, long absoluteSeconds, long warnBeforeSeconds) {
    }

    private final SessionTimeoutSettings settings;
    private final SignOutClock clock;

    SessionTimeouts(SessionTimeoutSettings settings, SignOutClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public SessionTimeoutSettings settings() {
        return settings;
    }

    Instant now() {
        return clock.now();
    }

    /** Records the start of a signed-in session, or who is signed in now if someone else signed in on it. */
    SignedIn start(HttpSession session, String user) {
        Instant now = clock.now();
        SignedIn signedIn = new SignedIn(user, now, now);
        session.setAttribute(SignedIn.ATTRIBUTE, signedIn);
        // the servlet container forgets the session a little after our idle limit, never before it
        session.setMaxInactiveInterval((int) settings.idle().plusMinutes(1).toSeconds());
        return signedIn;
    }

    Optional<Ending> ending(SignedIn signedIn, Instant now) {
        if (!now.isBefore(signedIn.since().plus(settings.absolute()))) {
            return Optional.of(Ending.ABSOLUTE);
        }
        if (!now.isBefore(signedIn.lastActive().plus(settings.idle()))) {
            return Optional.of(Ending.IDLE);
        }
        return Optional.empty();
    }

    /** Time left of the session signed in on {@code session}, or empty if none is. */
    public Optional<TimeLeft> timeLeft(HttpSession session) {
        if (session == null || !(session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn)) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return Optional.of(new TimeLeft(secondsUntil(signedIn.lastActive().plus(settings.idle()), now),
                secondsUntil(signedIn.since().plus(settings.absolute()), now), settings.warnBefore().toSeconds()));
    }

    /** Rounded up: 0 only once the session has ended, so the page's reload at 0 never counts as use of a live one. */
    private static long secondsUntil(Instant end, Instant now) {
        long millis = Duration.between(now, end).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** A duration as people say it: "30 minutes", "10 hours", "1 hour 30 minutes". */
    public static String inWords(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = minutes == 0 ? "" : minutes + (minutes == 1 ? " minute" : " minutes");
        String words = (h + " " + m).trim();
        return words.isEmpty() ? duration.toSeconds() + " seconds" : words;
    }
}
