package org.supervision.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.StandaloneDatabase;

/**
 * An installation upgraded with appraisals in its tables: ids from the new sequence (V12)
 * start after the highest one there, so no appraisal launched after the upgrade collides
 * with one from before it.
 */
@AlsoOnPostgres
class AppraisalIdSequenceMigrationTest {

    @Test
    void theSequenceStartsAfterTheAppraisalsAlreadyStored() {
        StandaloneDatabase database = StandaloneDatabase.fresh();
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        migrate(database, "11");
        jdbc.update("insert into staff_member (id, first_name, last_name, email, category, start_date, hours_per_week)"
                + " values ('upgr1', 'Una', 'Grade', 'upgr1@example.org', 'SOCIAL_WORKER', date '2020-01-06', 37)");
        for (int year = 2024; year <= 2026; year++) {
            jdbc.update("insert into appraisal (staff_id, period, appraisal_year, status, launched_at)"
                    + " values ('upgr1', 'MID_YEAR', ?, 'COMPLETED', timestamp '2024-09-01 06:00:00')", year);
        }
        long highest = jdbc.queryForObject("select max(id) from appraisal", Long.class);

        migrate(database, "latest");

        String nextId = database.isPostgres() ? "select nextval('appraisal_seq')" : "select next value for appraisal_seq";
        assertThat(jdbc.queryForObject(nextId, Long.class)).isEqualTo(highest + 1);
    }

    private void migrate(StandaloneDatabase database, String target) {
        Flyway.configure().dataSource(database.dataSource()).target(target).locations(database.migrations()).load().migrate();
    }
}
