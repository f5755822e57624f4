package org.supervision.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without a key for the audit chain's MACs, before anything could be
 * written to the audit log without one. The demo profile brings its own (public) key; a
 * production installation must supply a secret one (deploy/README.md).
 */
public class AuditChainKeyCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        AuditChainKeys.from(environment);
    }
}
