package org.supervision.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a test's own, beside the application's, for tests that run the product's
 * migrations by hand (an upgrade from an older version, a chain built with other keys): H2 in
 * memory, or a fresh PostgreSQL database (as its superuser) when the run puts the
 * {@link AlsoOnPostgres} classes on PostgreSQL.
 *
 * @param vendor Flyway's name for the database, the folder of its own migrations under {@code db/vendor/}
 */
public record StandaloneDatabase(DataSource dataSource, String vendor) {

    public static StandaloneDatabase fresh() {
        if (PostgresDatabase.isSelected()) {
            PostgresDatabase.Database database = PostgresDatabase.create();
            return new StandaloneDatabase(new DriverManagerDataSource(database.url(), database.user(), database.password()),
                    "postgresql");
        }
        return new StandaloneDatabase(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", ""), "h2");
    }

    public boolean isPostgres() {
        return vendor.equals("postgresql");
    }

    /** Flyway's locations of the product's migrations for this database, as the application configures them. */
    public String[] migrations() {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
