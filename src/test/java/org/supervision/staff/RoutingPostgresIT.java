package org.supervision.staff;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link org.supervision.shared.RoutingTest} on a real PostgreSQL. */
class RoutingPostgresIT extends RoutingTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
