package org.supervision.shared;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Working days (Monday to Friday, bank holidays excluded) for the deadlines the policy
 * sets in working days: re-booking a postponed session, confirming a record, negotiating
 * an agreement. BPMN timers call {@link #deadline(int)} so their due dates skip weekends
 * and holidays.
 *
 * <p>Bank holidays come from jollyday (a maintained library of public holiday rules, with
 * substitute days and the one-off changes such as 2020's moved early May bank holiday), for
 * the UK nation in {@code supervision.calendar.region}; they never run out. An optional file
 * ({@code supervision.calendar.extra-holidays-file}) adds days the library cannot know: the
 * organisation's closure days, and a newly announced one-off bank holiday until a library
 * update brings it. A line {@code not YYYY-MM-DD} makes a day a working day again (a bank
 * holiday the government moved).
 */
@Component("workingDays")
public class WorkingDayCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

    /** The UK nations with bank holidays of their own; England and Wales share theirs. */
    public enum Region {
        ENGLAND_AND_WALES("england-and-wales", "eng", "England and Wales"),
        SCOTLAND("scotland", "sct", "Scotland"),
        NORTHERN_IRELAND("northern-ireland", "nir", "Northern Ireland");

        private final String setting;
        private final String jollydaySubdivision;
        private final String displayName;

        Region(String setting, String jollydaySubdivision, String displayName) {
            this.setting = setting;
            this.jollydaySubdivision = jollydaySubdivision;
            this.displayName = displayName;
        }

        /** The region named by {@code supervision.calendar.region}; anything else stops the start. */
        public static Region of(String setting) {
            String wanted = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return Arrays.stream(values()).filter(r -> r.setting.equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("supervision.calendar.region is '" + setting
                            + "': it must be one of " + Arrays.stream(values()).map(r -> r.setting)
                            .collect(Collectors.joining(", "))));
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    private final Region region;
    private final HolidayManager holidays;
    private final Set<LocalDate> extraDays;
    private final Set<LocalDate> workingDaysAgain;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();
    private final SupervisionClock clock;

    @Autowired
    WorkingDayCalendar(@Value("${supervision.calendar.region:england-and-wales}") String region,
                       @Value("${supervision.calendar.extra-holidays-file:#{null}}") Resource extraHolidaysFile,
                       @Value("${supervision.calendar.holidays-file:#{null}}") String replacedSetting,
                       SupervisionClock clock) throws IOException {
        this(Region.of(region), extraHolidaysFile, clock);
        if (replacedSetting != null && !replacedSetting.isBlank()) {
            // a file that listed every bank holiday would now be merged with the library's: say so instead
            throw new IllegalStateException("supervision.calendar.holidays-file is no longer read: bank holidays come from"
                    + " supervision.calendar.region (england-and-wales, scotland or northern-ireland). Remove the setting;"
                    + " put closure days and one-off bank holidays in supervision.calendar.extra-holidays-file");
        }
    }

    /** @param extraHolidaysFile extra days off and {@code not} lines, or null for none */
    public WorkingDayCalendar(Region region, Resource extraHolidaysFile, SupervisionClock clock) throws IOException {
        this.region = region;
        this.clock = clock;
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        Set<LocalDate> extra = new TreeSet<>();
        Set<LocalDate> notHolidays = new TreeSet<>();
        if (extraHolidaysFile != null) {
            read(extraHolidaysFile, extra, notHolidays);
        }
        this.extraDays = Collections.unmodifiableSet(extra);
        this.workingDaysAgain = Collections.unmodifiableSet(notHolidays);
        for (LocalDate day : notHolidays) {
            if (!libraryHolidays(day.getYear()).contains(day)) {
                LOG.warn("{}: 'not {}' has no effect, {} is not a bank holiday in {} (remove the line)",
                        extraHolidaysFile.getDescription(), day, day, region);
            }
        }
        LOG.info("Working days: bank holidays of {} this year {}{}", region, holidaysIn(clock.today().getYear()),
                extraHolidaysFile == null ? "" : ", with the extra days in " + extraHolidaysFile.getDescription());
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidaysIn(day.getYear()).contains(day);
    }

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

    /** The working day that is {@code workingDays} working days after {@code from}. */
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

    /** The working day that is {@code workingDays} working days before {@code from}. */
    public LocalDate minusWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.minusDays(1);
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

    /** The days off in {@code year} besides weekends: bank holidays (substitute days included) and extra days. */
    public NavigableSet<LocalDate> holidaysIn(int year) {
        return (NavigableSet<LocalDate>) byYear.computeIfAbsent(year, y -> {
            NavigableSet<LocalDate> days = new TreeSet<>(libraryHolidays(y));
            extraDays.stream().filter(d -> d.getYear() == y).forEach(days::add);
            days.removeAll(workingDaysAgain);
            return Collections.unmodifiableNavigableSet(days);
        });
    }

    private Set<LocalDate> libraryHolidays(int year) {
        // getDate() is the day off: a substitute Monday for Christmas on a Saturday, not the 25th
        return holidays.getHolidays(Year.of(year), region.jollydaySubdivision).stream().map(Holiday::getDate)
                .collect(Collectors.toSet());
    }

    private static void read(Resource file, Set<LocalDate> extra, Set<LocalDate> notHolidays) throws IOException {
        if (!file.exists()) {
            throw new IllegalStateException("supervision.calendar.extra-holidays-file: " + file.getDescription()
                    + " does not exist");
        }
        try (InputStream in = file.getInputStream()) {
            int lineNumber = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                boolean not = text.regionMatches(true, 0, "not ", 0, 4);
                String date = (not ? text.substring(4).strip() : text).split("\\s+", 2)[0];
                String where = file.getDescription() + " line " + lineNumber + ": ";
                (not ? notHolidays : extra).add(FormInput.parseDay(date).orElseThrow(() -> new IllegalStateException(
                        where + FormInput.notADate(date))));
            }
        }
    }
}
