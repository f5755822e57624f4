package org.supervision.shared;

import org.supervision.shared.SupervisionClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Working days (Monday to Friday, bank holidays excluded) for the deadlines the policy
 * sets in working days: re-booking a postponed session, confirming a record, negotiating
 * an agreement. BPMN timers call {@link #deadline(int)} so their due dates skip weekends
 * and holidays. The holiday list is a plain file that an organisation can replace.
 */
@Component("workingDays")
public class WorkingDayCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final NavigableSet<LocalDate> holidays;
    private final SupervisionClock clock;

    public WorkingDayCalendar(@Value("${supervision.calendar.holidays-file:classpath:calendar/bank-holidays-england-and-wales.txt}")
                              Resource holidaysFile, SupervisionClock clock) throws IOException {
        this.holidays = Collections.unmodifiableNavigableSet(read(holidaysFile));
        this.clock = clock;
        LocalDate nextYear = clock.today().plusYears(1);
        if (holidays.isEmpty() || holidays.last().isBefore(nextYear)) {
            LOG.warn("The bank holiday list {} ends {}: add the coming years, or deadlines will fall on holidays",
                    holidaysFile.getDescription(), holidays.isEmpty() ? "empty" : "on " + holidays.last());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The working day that is {@code workingDays} working days after {@code from}. */
    /** Working days after {@code from}, up to and including {@code to}: how long something has waited. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The end (midnight after) of the working day {@code workingDays} after {@code from}. */
    public Date endOf(LocalDate from, int workingDays) {
        return clock.endOf(plusWorkingDays(from, workingDays));
    }

    /** For timers: the end of the working day {@code workingDays} working days from today. */
    public Date deadline(int workingDays) {
        return endOf(clock.today(), workingDays);
    }

    private static NavigableSet<LocalDate> read(Resource file) throws IOException {
        NavigableSet<LocalDate> days = new TreeSet<>();
        try (InputStream in = file.getInputStream()) {
            int lineNumber = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String date = text.split("\\s+", 2)[0];
                try {
                    days.add(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException(file.getDescription() + " line " + lineNumber + ": '" + date
                            + "' is not a date in the form YYYY-MM-DD", e);
                }
            }
        }
        return days;
    }
}
