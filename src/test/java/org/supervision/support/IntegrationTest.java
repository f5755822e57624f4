package org.supervision.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo organisation loaded and the job
 * executor off: tests run jobs by hand ({@link DueJobs}), mostly through the
 * {@link ProcessDriver} they can autowire. After each test the engine clock and user are
 * reset ({@link EngineTestState}). H2, and PostgreSQL too for the classes marked
 * {@link AlsoOnPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ProcessDriver.class)
@ExtendWith(EngineTestState.class)
public @interface IntegrationTest {
}
