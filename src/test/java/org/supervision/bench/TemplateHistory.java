package org.supervision.bench;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.appraisal.AppraisalLaunches;
import org.supervision.appraisal.AppraisalPeriod;
import org.supervision.conflict.ConflictCases;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.Workdays;

/**
 * Three years of one social worker's supervision, lived through the real engine and product
 * with the clock moved a day at a time ({@link Workdays}): every open task of the small team
 * is completed as its assignee would; appraisals are launched by the product's own daily
 * timer each September and March; one conflict is raised and resolved with the supervisor.
 * The result is the template that {@link HistoryCloner} copies for thousands of staff.
 */
final class TemplateHistory {

    static final String WORKER = "trlw";
    static final String SUPERVISOR = "trls";
    static final String HEAD = "trlh";

    private final ApplicationContext app;
    private final Workdays workdays;

    TemplateHistory(ApplicationContext app) {
        this.app = app;
        this.workdays = new Workdays(app.getBean(ProcessEngine.class), app.getBean(JdbcTemplate.class));
    }

    record Summary(LocalDate from, LocalDate to, int completions, Map<String, String> refused) {
    }

    Summary live(LocalDate from, LocalDate to, LocalDate conflictOn) {
        Fixtures.today(from);
        StaffDirectoryImport directory = app.getBean(StaffDirectoryImport.class);
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + HEAD + ",Hana,Head," + HEAD + "@example.org,MANAGER,2015-01-05,37,,,\n"
                + SUPERVISOR + ",Sam,Sup," + SUPERVISOR + "@example.org,MANAGER,2015-01-05,37," + HEAD + ",,\n"
                + WORKER + ",Tess,Trail," + WORKER + "@example.org,SOCIAL_WORKER,2022-01-10,37," + SUPERVISOR + ",,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + SUPERVISOR + "," + HEAD + ",MANAGEMENT,2015-01-05,\n"
                + WORKER + "," + SUPERVISOR + ",MANAGEMENT,2022-01-10,\n"));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.equals(conflictOn)) {
                Fixtures.today(day);
                raiseConflict();
            }
            if (day.getDayOfMonth() == 2 && (day.getMonthValue() == 9 || day.getMonthValue() == 3)) {
                // the daily launch timer should have done it; launching again only returns the existing one
                Fixtures.today(day);
                workdays.runDueJobs();
                app.getBean(AppraisalLaunches.class).launchFor(WORKER,
                        day.getMonthValue() == 9 ? AppraisalPeriod.MID_YEAR : AppraisalPeriod.END_OF_YEAR, day.getYear());
            }
            workdays.live(day);
        }
        return new Summary(from, to, workdays.completions(), workdays.refused());
    }

    private void raiseConflict() {
        Map<String, Object> form = new HashMap<>();
        form.put("supervisionType", "MANAGEMENT");
        form.put("concern", "QUANTITY");
        form.put("description", "Two sessions cancelled at short notice");
        form.put("desiredOutcome", "Monthly sessions that actually happen");
        app.getBean(ConflictCases.class).raise(WORKER, form);
    }
}
