package org.supervision.staff;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link org.supervision.staff.StaffDirectoryImportTest} on a real PostgreSQL. */
class StaffDirectoryImportPostgresIT extends StaffDirectoryImportTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
