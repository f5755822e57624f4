package org.supervision.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people in the UK read them: "5 December 2026", "5 December 2026 at
 * 14:30", in the organisation's time zone. Pages call it as {@code ${@dates.day(d)}}.
 */
@Component("dates")
public class UkDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ZoneId zone;

    public UkDates(@Value("${supervision.time-zone:Europe/London}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }

    /**
     * The day a task is due by, as a person says it. The processes set a deadline "by the end of
     * a day" as the midnight after it, which read as a date would be the next day: an instant at
     * midnight therefore belongs to the day before.
     */
    public LocalDate dueDay(Instant due) {
        return dueDay(due, zone);
    }

    public static LocalDate dueDay(Instant due, ZoneId zone) {
        return due == null ? null : LocalDate.ofInstant(due.minusMillis(1), zone);
    }

    /** "Mon 7 Dec", for lists of the coming days. */
    public String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone)) + " at " + TIME.format(instant.atZone(zone));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
