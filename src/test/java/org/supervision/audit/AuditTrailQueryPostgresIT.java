package org.supervision.audit;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AuditTrailQueryTest} on PostgreSQL, whose column types the trail's SQL reads. */
class AuditTrailQueryPostgresIT extends AuditTrailQueryTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
