package org.supervision.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation upgraded with appraisals in its tables: ids from the new sequence (V12)
 * start after the highest one there, so no appraisal launched after the upgrade collides
 * with one from before it. H2 here; {@link AppraisalIdSequenceMigrationPostgresIT} on PostgreSQL.
 */
class AppraisalIdSequenceMigrationTest {

    DataSource database() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    String vendor() {
        return "h2";
    }

    String nextId() {
        return "select next value for appraisal_seq";
    }

    @Test
    void theSequenceStartsAfterTheAppraisalsAlreadyStored() {
        DataSource database = database();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        migrate(database, "11");
        jdbc.update("insert into staff_member (id, first_name, last_name, email, category, start_date, hours_per_week)"
                + " values ('upgr1', 'Una', 'Grade', 'upgr1@example.org', 'SOCIAL_WORKER', date '2020-01-06', 37)");
        for (int year = 2024; year <= 2026; year++) {
            jdbc.update("insert into appraisal (staff_id, period, appraisal_year, status, launched_at)"
                    + " values ('upgr1', 'MID_YEAR', ?, 'COMPLETED', timestamp '2024-09-01 06:00:00')", year);
        }
        long highest = jdbc.queryForObject("select max(id) from appraisal", Long.class);

        migrate(database, "latest");

        assertThat(jdbc.queryForObject(nextId(), Long.class)).isEqualTo(highest + 1);
    }

    private void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).target(target)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor()).load().migrate();
    }
}
