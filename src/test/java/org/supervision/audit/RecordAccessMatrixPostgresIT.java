package org.supervision.audit;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RecordAccessMatrixTest} on a real PostgreSQL. */
class RecordAccessMatrixPostgresIT extends RecordAccessMatrixTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
