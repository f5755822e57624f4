package org.supervision.engine;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The REST API that Tasklist, Cockpit and Admin call ({@code /camunda/api/engine/...}) with
 * the same error answers and input checks as {@code /engine-rest}: without this, a form that
 * fails the product's checks reaches a person in Tasklist as a server error naming Java
 * exceptions, and malformed submissions get 500.
 *
 * <p>Overrides the servlet "Engine Api" that Camunda's {@code CamundaBpmWebappInitializer}
 * (starter-webapp-core) registers with {@code org.camunda.bpm.webapp.impl.engine.EngineRestApplication}.
 * That initializer registers a servlet only if none of that name exists yet, so this one,
 * registered first, takes its place with the same resources and Camunda's configuration
 * classes as {@link EngineRestProviders} adjusts them.
 *
 * <p>After a Camunda upgrade, re-check in the starter's {@code CamundaBpmWebappInitializer}:
 * the servlet name, its mapping (application path + {@code /api/engine/*}) and that it still
 * skips names already registered; and that {@code EngineRestApplication.getClasses()} is
 * still {@link NamedProcessEngineRestServiceImpl} plus {@code CamundaRestResources.getConfigurationClasses()}.
 * {@code EngineRestInputTest} fails if Tasklist's submissions lose the product's answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineRest implements ServletContextInitializer {

    static final String SERVLET_NAME = "Engine Api";

    private final CamundaBpmProperties properties;

    WebappEngineRest(CamundaBpmProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onStartup(ServletContext context) {
        if (context.getServletRegistration(SERVLET_NAME) != null) {
            return;
        }
        ServletRegistration.Dynamic servlet = context.addServlet(SERVLET_NAME, ServletContainer.class);
        servlet.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
        servlet.setInitParameter("jakarta.ws.rs.Application", Api.class.getName());
    }

    /** Camunda's EngineRestApplication, with the product's providers. */
    public static class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>();
            classes.add(NamedProcessEngineRestServiceImpl.class);
            classes.addAll(EngineRestProviders.configurationClasses());
            return classes;
        }

        /** Registered here, Jersey's auto-discovery does not add it again with its own JSON error mappers. */
        @Override
        public Set<Object> getSingletons() {
            return Set.of(JacksonFeature.withoutExceptionMappers());
        }
    }
}
