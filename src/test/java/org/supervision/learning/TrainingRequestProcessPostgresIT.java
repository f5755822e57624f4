package org.supervision.learning;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TrainingRequestProcessTest} on a real PostgreSQL. */
class TrainingRequestProcessPostgresIT extends TrainingRequestProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
