package org.supervision.compliance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.supervision.shared.DateWindow;

/**
 * The stretch of time compliance figures are about: the last 3, 6 or 12 months up to today, a
 * policy year, or one calendar month (a snapshot). {@code asOf} is the day the figures are
 * judged on: today for a period still {@code running}, its last day for one that is over.
 *
 * @param key   how the period is named in a link or the API ({@code 3m}, {@code year-2025})
 * @param label how a page names it
 */
public record Period(String key, String label, LocalDate from, LocalDate to, LocalDate asOf, boolean running) {

    /**
     * The last day that is over when the figures are judged: the period's last day once it has
     * ended (a snapshot is taken after its month), else yesterday, as today is not over yet.
     */
    LocalDate lastDayOver() {
        return running ? asOf.minusDays(1) : asOf;
    }

    /** The periods a page offers, newest policy year last. */
    static List<Period> offered(LocalDate today, MonthDay yearStarts) {
        Period thisYear = policyYearOf(today, yearStarts, today);
        Period lastYear = policyYear(thisYear.from().getYear() - 1, yearStarts, today);
        return List.of(rolling(3, today), rolling(6, today), rolling(12, today), lastYear, thisYear);
    }

    /** The months up to and including today: "the last 3 months" from 6 March is 7 December to 6 March. */
    static Period rolling(int months, LocalDate today) {
        return new Period(months + "m", "the last " + months + " months", today.minusMonths(months).plusDays(1), today, today, true);
    }

    static Period policyYearOf(LocalDate day, MonthDay yearStarts, LocalDate today) {
        int year = day.isBefore(yearStarts.atYear(day.getYear())) ? day.getYear() - 1 : day.getYear();
        return policyYear(year, yearStarts, today);
    }

    static Period policyYear(int startYear, MonthDay yearStarts, LocalDate today) {
        LocalDate from = yearStarts.atYear(startYear);
        LocalDate to = from.plusYears(1).minusDays(1);
        return new Period("year-" + startYear, "the policy year " + startYear + " to " + (startYear + 1),
                from, to, to.isBefore(today) ? to : today, !to.isBefore(today));
    }

    /**
     * Any stretch of days, judged today while it runs and on its last day once it is over: the
     * period of an inspection pack and of the compliance figures it includes.
     */
    public static Period between(LocalDate from, LocalDate to, LocalDate today) {
        boolean running = !to.isBefore(today);
        return new Period("pack", DateWindow.uk(from) + " to " + DateWindow.uk(to), from, to, running ? today : to, running);
    }

    static Period month(YearMonth month) {
        return new Period(month.toString(), month.toString(), month.atDay(1), month.atEndOfMonth(), month.atEndOfMonth(), false);
    }

    /** The period a link or API call names, or empty when the key is not one of them. */
    static Optional<Period> parse(String key, LocalDate today, MonthDay yearStarts) {
        if (key == null || key.isBlank()) {
            return Optional.of(rolling(12, today));
        }
        switch (key) {
            case "3m": return Optional.of(rolling(3, today));
            case "6m": return Optional.of(rolling(6, today));
            case "12m": return Optional.of(rolling(12, today));
            default:
        }
        if (key.matches("year-\\d{4}")) {
            int year = Integer.parseInt(key.substring(5));
            if (year >= 2000 && !yearStarts.atYear(year).isAfter(today)) {
                return Optional.of(policyYear(year, yearStarts, today));
            }
        }
        return Optional.empty();
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
