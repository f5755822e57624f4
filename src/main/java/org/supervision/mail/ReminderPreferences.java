package org.supervision.mail;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.shared.SupervisionClock;

/**
 * Each person's choice of reminder e-mails. Someone who never chose gets every reminder and the
 * digest on Monday: a reminder nobody receives helps nobody, and opting out is one page away.
 */
@Component
public class ReminderPreferences {

    public static final DayOfWeek DEFAULT_DIGEST_DAY = DayOfWeek.MONDAY;

    /** What a person has chosen, or the defaults. */
    public record Choice(Set<ReminderKind> wanted, DayOfWeek digestDay) {
        public boolean wants(ReminderKind kind) {
            return wanted.contains(kind);
        }
    }

    private final ReminderPreferenceRepository preferences;
    private final SupervisionClock clock;

    ReminderPreferences(ReminderPreferenceRepository preferences, SupervisionClock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Choice of(String staffId) {
        return preferences.findById(staffId).map(found -> new Choice(found.wanted(), found.getDigestDay()))
                .orElseGet(() -> new Choice(EnumSet.allOf(ReminderKind.class), DEFAULT_DIGEST_DAY));
    }

    public boolean wants(String staffId, ReminderKind kind) {
        return of(staffId).wants(kind);
    }

    @Transactional
    public Choice choose(String staffId, Set<ReminderKind> wanted, DayOfWeek digestDay) {
        ReminderPreference preference = preferences.findById(staffId).orElseGet(() -> new ReminderPreference(staffId));
        preference.set(wanted, digestDay, clock.now());
        preferences.save(preference);
        return of(staffId);
    }
}
