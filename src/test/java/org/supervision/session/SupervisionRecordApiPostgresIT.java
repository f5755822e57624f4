package org.supervision.session;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SupervisionRecordApiTest} on a real PostgreSQL. */
class SupervisionRecordApiPostgresIT extends SupervisionRecordApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
