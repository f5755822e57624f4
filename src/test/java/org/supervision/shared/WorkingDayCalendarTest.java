package org.supervision.shared;

import org.supervision.shared.SupervisionClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class WorkingDayCalendarTest {

    private final SupervisionClock clock = new SupervisionClock("Europe/London");

    private WorkingDayCalendar englandAndWales() throws IOException {
        return new WorkingDayCalendar(new ClassPathResource("calendar/bank-holidays-england-and-wales.txt"), clock);
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
    void countingWorkingDaysSkipsChristmasAndNewYear() throws IOException {
        WorkingDayCalendar calendar = englandAndWales();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 27), 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 7), 20)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 7), 0)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aDeadlineIsTheEndOfItsLastWorkingDayInLondon() throws IOException {
        ZonedDateTime end = englandAndWales().endOf(LocalDate.of(2027, 3, 25), 1).toInstant().atZone(ZoneId.of("Europe/London"));
        assertThat(end.toLocalDate()).as("Thursday 25 March + 1 skips Good Friday and Easter Monday: end of Tuesday 30 March")
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(end.getHour()).isZero();
    }

    @Test
    void aBadHolidayFileNamesTheLine() {
        ByteArrayResource file = new ByteArrayResource("# list\n2026-12-25 Christmas\n26/12/2026 Boxing Day\n"
                .getBytes(StandardCharsets.UTF_8), "holidays.txt");
        assertThatThrownBy(() -> new WorkingDayCalendar(file, clock))
                .hasMessageContaining("line 3").hasMessageContaining("'26/12/2026' is not a date in the form YYYY-MM-DD");
    }
}
