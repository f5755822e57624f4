package org.supervision.shared;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda REST API as the starter configures it, except that {@link TaskErrorMapper}
 * takes the place of Camunda's handlers for engine and REST exceptions (and hands them
 * what it does not answer itself). Two mappers for one exception type would leave the choice to Jersey.
 */
@Configuration
class RestErrorConfig {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
                        .filter(type -> type != ProcessEngineExceptionHandler.class && type != RestExceptionHandler.class
                                && type != ExceptionHandler.class)
                        .collect(Collectors.toSet());
                registerClasses(configuration);
                register(TaskErrorMapper.EngineErrors.class);
                register(TaskErrorMapper.WrappedErrors.class);
                register(TaskErrorMapper.OtherErrors.class);
                register(JacksonFeature.class);
            }
        };
    }
}
