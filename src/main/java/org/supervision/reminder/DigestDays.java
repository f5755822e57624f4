package org.supervision.reminder;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The weekdays a digest can come on: working days only, when a manager can act on it. */
final class DigestDays {

    static final List<DayOfWeek> CHOICES = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private DigestDays() {
    }

    static Optional<DayOfWeek> parse(String value) {
        return CHOICES.stream().filter(day -> day.name().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
