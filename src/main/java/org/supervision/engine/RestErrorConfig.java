package org.supervision.engine;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda REST API as the starter configures it, except for the providers of
 * {@link EngineRestProviders}: the product's error answers and input check. Jersey's own
 * JSON error mappers are left out for the same reason as Camunda's.
 */
@Configuration
class RestErrorConfig {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                registerClasses(EngineRestProviders.configurationClasses());
                register(JacksonFeature.withoutExceptionMappers());
            }
        };
    }
}
