package org.supervision.session;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SupervisionSessionProcessTest} on a real PostgreSQL. */
class SupervisionSessionProcessPostgresIT extends SupervisionSessionProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
