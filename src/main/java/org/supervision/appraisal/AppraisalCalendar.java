package org.supervision.appraisal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The six-monthly formal cycle's dates, from the organisation's settings: the mid-year
 * appraisal is launched on {@code supervision.appraisal.mid-year-launch} (1 September) and the
 * end-of-year one on {@code end-of-year-launch} (1 March), and each is due by the end of its
 * launch month. One place for both, so that the launch and the compliance figures that judge
 * appraisals on time cannot disagree.
 */
@Component
public class AppraisalCalendar {

    private final MonthDay midYearLaunch;
    private final MonthDay endOfYearLaunch;

    public AppraisalCalendar(@Value("${supervision.appraisal.mid-year-launch:09-01}") String midYearLaunch,
                             @Value("${supervision.appraisal.end-of-year-launch:03-01}") String endOfYearLaunch) {
        this.midYearLaunch = MonthDay.parse("--" + midYearLaunch);
        this.endOfYearLaunch = MonthDay.parse("--" + endOfYearLaunch);
    }

    /** The day the period's appraisals are launched in the year ({@code appraisal_year} is this day's year). */
    public LocalDate launchDay(AppraisalPeriod period, int year) {
        return (period == AppraisalPeriod.MID_YEAR ? midYearLaunch : endOfYearLaunch).atYear(year);
    }

    /** The last day of the launch month: 30 September and 31 March by default. */
    public LocalDate dueOn(AppraisalPeriod period, int year) {
        return YearMonth.from(launchDay(period, year)).atEndOfMonth();
    }
}
