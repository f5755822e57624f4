package org.supervision.engine;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SubtaskLookupIndexTest} on a real PostgreSQL, whose planner picks the index once the table is large. */
class SubtaskLookupIndexPostgresIT extends SubtaskLookupIndexTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
