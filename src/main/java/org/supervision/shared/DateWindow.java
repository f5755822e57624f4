package org.supervision.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates that make sense for a field, relative to today: something booked lies ahead
 * (within two years), something that happened lies behind (within two years). A date
 * outside, such as 31 December 9999, is a typing slip and is refused with the window in
 * UK date format.
 */
public record DateWindow(LocalDate earliest, LocalDate latest, LocalDate today) {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    static final int YEARS = 2;

    /** Booked or planned: from today to two years ahead. */
    public static DateWindow ahead(LocalDate today) {
        return new DateWindow(today, today.plusYears(YEARS), today);
    }

    /** Held or done: from two years ago to today. */
    public static DateWindow behind(LocalDate today) {
        return new DateWindow(today.minusYears(YEARS), today, today);
    }

    public static String uk(LocalDate date) {
        return date.format(UK);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /** The same window, starting no earlier than {@code date} (e.g. the last day of a course after its first). */
    public DateWindow from(LocalDate date) {
        return new DateWindow(date.isAfter(earliest) ? date : earliest, latest, today);
    }

    /** Empty when the date lies in the window, otherwise why not and which dates are allowed. */
    public Optional<String> problem(LocalDate date) {
        if (contains(date)) {
            return Optional.empty();
        }
        String why = date.isAfter(latest) ? (latest.equals(today) ? "is in the future" : "is too far ahead")
                : (earliest.equals(today) ? "is in the past" : "is too long ago");
        return Optional.of(uk(date) + " " + why + ": give a date from " + describe(earliest) + " to " + describe(latest));
    }

    private String describe(LocalDate date) {
        return date.equals(today) ? "today (" + uk(date) + ")" : uk(date);
    }
}
