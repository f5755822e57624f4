package org.supervision.engine;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FormFieldHistoryRemovalTest} on a real PostgreSQL (its bit operators differ from H2's). */
class FormFieldHistoryRemovalPostgresIT extends FormFieldHistoryRemovalTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
