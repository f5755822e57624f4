package org.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.supervision.shared.WorkingDayCalendar.Region;

class WorkingDayCalendarTest {

    private final SupervisionClock clock = new SupervisionClock("Europe/London");

    private WorkingDayCalendar englandAndWales() throws IOException {
        return new WorkingDayCalendar(Region.ENGLAND_AND_WALES, null, clock);
    }

    private WorkingDayCalendar withExtraDays(String lines) throws IOException {
        return new WorkingDayCalendar(Region.ENGLAND_AND_WALES,
                new ByteArrayResource(lines.getBytes(StandardCharsets.UTF_8), "extra-holidays.txt"), clock);
    }

    /** The weekdays of {@code year} that are not working days. */
    private static List<LocalDate> weekdaysOff(WorkingDayCalendar calendar, int year) {
        List<LocalDate> off = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !calendar.isWorkingDay(day)) {
                off.add(day);
            }
        }
        return off;
    }

    @Test
    void theLibraryGivesTheBankHolidaysGovUkPublishedFor2025To2028() throws IOException {
        TreeSet<LocalDate> published = new TreeSet<>();
        try (InputStream in = new ClassPathResource("calendar/gov-uk-bank-holidays-england-and-wales-2025-2028.txt")
                .getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    published.add(LocalDate.parse(line.split(" ", 2)[0]));
                }
            }
        }
        assertThat(published).hasSize(32);
        WorkingDayCalendar calendar = englandAndWales();
        for (int year = 2025; year <= 2028; year++) {
            int y = year;
            assertThat(weekdaysOff(calendar, year)).as("bank holidays in %d", year)
                    .containsExactlyElementsOf(published.stream().filter(d -> d.getYear() == y).toList());
        }
    }

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() throws IOException {
        WorkingDayCalendar calendar = englandAndWales();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).as("a Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
    }

    @Test
    void bankHolidaysGoOnAfterTheYearsAnyListCovered() throws IOException {
        WorkingDayCalendar calendar = englandAndWales();
        assertThat(weekdaysOff(calendar, 2030)).as("Easter 2030 is 21 April").contains(
                LocalDate.of(2030, 4, 19), LocalDate.of(2030, 4, 22));
        assertThat(weekdaysOff(calendar, 2032)).as("Christmas 2032 is a Saturday, Boxing Day a Sunday: both move")
                .containsExactly(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 26), LocalDate.of(2032, 3, 29),
                        LocalDate.of(2032, 5, 3), LocalDate.of(2032, 5, 31), LocalDate.of(2032, 8, 30),
                        LocalDate.of(2032, 12, 27), LocalDate.of(2032, 12, 28));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2032, 12, 24), 1)).isEqualTo(LocalDate.of(2032, 12, 29));
    }

    @Test
    void countingWorkingDaysSkipsChristmasAndNewYear() throws IOException {
        WorkingDayCalendar calendar = englandAndWales();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 27), 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 7), 20)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 7), 0)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4)))
                .as("24 Dec to 4 Jan: 29, 30, 31 December and 4 January").isEqualTo(4);
    }

    @Test
    void aDeadlineIsTheEndOfItsLastWorkingDayInLondon() throws IOException {
        ZonedDateTime end = englandAndWales().endOf(LocalDate.of(2027, 3, 25), 1).toInstant().atZone(ZoneId.of("Europe/London"));
        assertThat(end.toLocalDate()).as("Thursday 25 March + 1 skips Good Friday and Easter Monday: end of Tuesday 30 March")
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(end.getHour()).isZero();
    }

    @Test
    void scotlandAndNorthernIrelandHaveTheirOwnBankHolidays() throws IOException {
        WorkingDayCalendar scotland = new WorkingDayCalendar(Region.of("scotland"), null, clock);
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 29))).as("Easter Monday is no bank holiday in Scotland").isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 1, 4))).as("2 January 2027 is a Saturday: Monday 4th").isFalse();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 8, 2))).as("summer bank holiday: first Monday of August").isFalse();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 8, 30))).isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2027, 11, 30))).as("St Andrew's Day").isFalse();

        WorkingDayCalendar northernIreland = new WorkingDayCalendar(Region.of("northern-ireland"), null, clock);
        assertThat(northernIreland.isWorkingDay(LocalDate.of(2027, 3, 17))).as("St Patrick's Day").isFalse();
        assertThat(northernIreland.isWorkingDay(LocalDate.of(2027, 7, 12))).as("Battle of the Boyne").isFalse();
        assertThat(englandAndWales().isWorkingDay(LocalDate.of(2027, 7, 12))).isTrue();
    }

    @Test
    void anUnknownRegionStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> Region.of("wales"))
                .hasMessage("supervision.calendar.region is 'wales': it must be one of england-and-wales, scotland,"
                        + " northern-ireland");
    }

    @Test
    void theOldHolidayListSettingStopsTheStartInsteadOfBeingIgnored() {
        assertThatThrownBy(() -> new WorkingDayCalendar("england-and-wales", null, "file:/etc/holidays.txt", clock))
                .hasMessageContaining("supervision.calendar.holidays-file is no longer read")
                .hasMessageContaining("supervision.calendar.extra-holidays-file");
    }

    @Test
    void extraDaysOffAreAddedAndAMovedBankHolidayIsAWorkingDayAgain() throws IOException {
        WorkingDayCalendar calendar = withExtraDays("""
                # organisation closure days
                2026-12-24 Christmas Eve: offices closed
                2029-06-01 A one-off bank holiday announced after this release
                not 2027-05-03 Early May bank holiday moved to Friday 7 May
                2027-05-07 Early May bank holiday (moved)
                """);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 6, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("moved away").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 7))).as("moved to").isFalse();
        assertThat(englandAndWales().isWorkingDay(LocalDate.of(2026, 12, 24))).as("only with the file").isTrue();
    }

    @Test
    void aBadExtraDaysFileNamesTheLine() {
        assertThatThrownBy(() -> withExtraDays("# list\n2026-12-24 Christmas Eve\n26/12/2026 Boxing Day\n"))
                .hasMessageContaining("line 3").hasMessageContaining("'26/12/2026' is not a date in the form YYYY-MM-DD");
        assertThatThrownBy(() -> withExtraDays("not 2026-13-01\n"))
                .hasMessageContaining("line 1").hasMessageContaining("'2026-13-01' is not a real date");
    }

    @Test
    void aMissingExtraDaysFileStopsTheStart() {
        assertThatThrownBy(() -> new WorkingDayCalendar(Region.ENGLAND_AND_WALES,
                new FileSystemResource("/nonexistent/extra-holidays.txt"), clock))
                .hasMessageContaining("supervision.calendar.extra-holidays-file")
                .hasMessageContaining("does not exist");
    }
}
