package org.supervision.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the test support promises the other tests: an {@link AlsoOnPostgres} class runs on the
 * database the run selected (PostgreSQL in Failsafe's run, H2 in Surefire's), and after each
 * test the engine clock and user are back to normal ({@link EngineTestState}).
 */
@IntegrationTest
@AlsoOnPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrationTestSupportTest {

    @Autowired DataSource dataSource;
    @Autowired IdentityService identity;

    @Test
    void theApplicationRunsOnTheDatabaseTheRunSelected() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(PostgresDatabase.isSelected() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    @Order(1)
    void aTestMovesTheClockAndActsAsAUser() {
        Fixtures.today(LocalDate.of(2020, 1, 6));
        identity.setAuthentication("eclark", List.of("staff"));
    }

    @Test
    @Order(2)
    void theNextTestFindsTheClockInRealTimeAndNobodyAuthenticated() {
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(identity.getCurrentAuthentication()).isNull();
    }
}
