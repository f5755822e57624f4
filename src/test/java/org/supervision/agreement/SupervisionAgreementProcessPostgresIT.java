package org.supervision.agreement;

import org.supervision.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link org.supervision.agreement.SupervisionAgreementProcessTest} on a real PostgreSQL. */
class SupervisionAgreementProcessPostgresIT extends SupervisionAgreementProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
