package org.supervision.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Camunda's REST configuration (JSON providers, exception handlers) with the product's
 * error answers and input check in place of Camunda's handlers: one list for both places
 * that serve Camunda's REST API, {@code /engine-rest} and the webapps' {@code /camunda/api/engine}.
 * Two mappers for one exception type would leave the choice to Jersey, so Camunda's go.
 */
public final class EngineRestProviders {

    private static final List<Class<?>> REPLACED = List.of(ProcessEngineExceptionHandler.class,
            RestExceptionHandler.class, ExceptionHandler.class, JsonMappingExceptionHandler.class,
            JsonParseExceptionHandler.class);

    private EngineRestProviders() {
    }

    public static Set<Class<?>> configurationClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
        classes.removeAll(REPLACED);
        classes.add(TaskErrorMapper.EngineErrors.class);
        classes.add(TaskErrorMapper.WrappedErrors.class);
        classes.add(TaskErrorMapper.JsonErrors.class);
        classes.add(TaskErrorMapper.OtherErrors.class);
        classes.add(EngineRestInputCheck.class);
        return classes;
    }
}
