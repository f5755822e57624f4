package org.supervision.inspection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** A date typed in three boxes (day, month, year), as the workspace's date questions take it. */
record DayMonthYear(String day, String month, String year) {

    static DayMonthYear of(Map<String, String> form, String field) {
        return new DayMonthYear(trim(form.get(field + "-day")), trim(form.get(field + "-month")), trim(form.get(field + "-year")));
    }

    static DayMonthYear of(LocalDate date) {
        return new DayMonthYear(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** Empty when the boxes do not make a real date (31 February, letters, a two-digit year). */
    java.util.Optional<LocalDate> date() {
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notARealDate) {
            return java.util.Optional.empty();
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
