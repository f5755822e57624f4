package org.supervision.conflict;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConflictEscalationProcessTest} on a real PostgreSQL. */
class ConflictEscalationProcessPostgresIT extends ConflictEscalationProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
