package org.supervision.support;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the Spring context of an {@link AlsoOnPostgres} class at a fresh PostgreSQL
 * database when the run selects PostgreSQL ({@code -D}{@value PostgresDatabase#SELECTOR}{@code =postgres});
 * otherwise it does nothing and the class runs on H2. Registered in
 * {@code src/test/resources/META-INF/spring.factories}.
 *
 * <p>The customizer is part of Spring's context cache key, so all its instances are equal:
 * classes that share a configuration on H2 share one context, and one database, on PostgreSQL
 * too. The database is created when the context is built, not when the key is computed.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (PostgresDatabase.isSelected() && TestContextAnnotationUtils.hasAnnotation(testClass, AlsoOnPostgres.class)) {
            return new OnPostgres();
        }
        return null;
    }

    static final class OnPostgres implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = PostgresDatabase.properties(PostgresDatabase.create());
            // first, as @DynamicPropertySource would: above application-test.yml's H2 url
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("PostgreSQL test database", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return OnPostgres.class.hashCode();
        }
    }
}
