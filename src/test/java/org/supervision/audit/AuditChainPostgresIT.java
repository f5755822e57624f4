package org.supervision.audit;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supervision.support.PostgresDatabase;

/**
 * {@link AuditChainTest} on PostgreSQL, as its superuser ({@code postgres}), who switches
 * the append-only triggers off before rewriting: what an installation's database owner can do.
 */
class AuditChainPostgresIT extends AuditChainTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Override
    DataSource freshDatabase() {
        PostgresDatabase.Database database = PostgresDatabase.create();
        return new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
