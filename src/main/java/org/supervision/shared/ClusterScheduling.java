package org.supervision.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring's {@code @Scheduled} methods fire on every node. Those that must run once per
 * cluster also carry ShedLock's {@code @SchedulerLock}: the first node to claim the named
 * row in the {@code shedlock} table (Flyway V15) runs the job; the others skip it. The lock
 * times come from the database's clock, so the nodes' own clocks do not matter; a node that
 * dies holding a lock loses it after the job's {@code lockAtMostFor}.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class ClusterScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
