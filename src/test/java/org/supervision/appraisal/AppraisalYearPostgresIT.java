package org.supervision.appraisal;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AppraisalYearTest} on a real PostgreSQL. */
class AppraisalYearPostgresIT extends AppraisalYearTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
