package org.supervision.bench;

import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's baseline: bare Camunda as the Spring Boot starter configures it by default,
 * with nothing of the product. Auto-configuration only, no component scan; the product's
 * application.yml is not read, and what the classpath adds beyond the engine (JPA, Flyway
 * with the product's migrations, Spring Security, the REST API, which needs a web server)
 * is left out. Deliberately not a {@code @SpringBootConfiguration}: a configuration class
 * under {@code org.supervision} would be picked up by the product's component scan, and
 * its exclusions with it, whenever the test classes are on the classpath.
 */
@EnableAutoConfiguration(exclude = {HibernateJpaAutoConfiguration.class, JpaRepositoriesAutoConfiguration.class,
        FlywayAutoConfiguration.class, SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        CamundaBpmRestJerseyAutoConfiguration.class})
class BareCamunda {

    static ConfigurableApplicationContext start(String jdbcUrl, String user, String password) {
        return new SpringApplicationBuilder(BareCamunda.class).web(WebApplicationType.NONE).run(
                "--spring.config.name=bare-camunda",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--camunda.bpm.process-engine-name=bench-baseline",
                // the product's processes on the classpath are not the baseline's to deploy
                "--camunda.bpm.auto-deployment-enabled=false",
                // the product's start-up check (an EnvironmentPostProcessor on the classpath) runs
                // for every Spring Boot application in this JVM; without an admin-user id no
                // administrator is created
                "--camunda.bpm.admin-user.password=unused",
                "--supervision.audit.current-key=unused",
                "--supervision.audit.chain-keys.unused=unused-audit-chain-key-for-the-baseline",
                "--logging.level.root=WARN");
    }
}
