package org.supervision.audit;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FormContentConfidentialityTest} on a real PostgreSQL. */
class FormContentConfidentialityPostgresIT extends FormContentConfidentialityTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
