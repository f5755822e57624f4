package org.supervision.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a production installation without an administrator password, before
 * the engine could create the admin account with a guessable one.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = environment.getProperty("supervision.demo.enabled", Boolean.class, false);
        String password = environment.getProperty("camunda.bpm.admin-user.password");
        if (!demo && (password == null || password.isBlank())) {
            throw new IllegalStateException("Start-up refused: no administrator password is configured. "
                    + "Set the environment variable SUPERVISION_ADMIN_PASSWORD (or camunda.bpm.admin-user.password), "
                    + "or start the demo with `mvn spring-boot:run`.");
        }
    }
}
