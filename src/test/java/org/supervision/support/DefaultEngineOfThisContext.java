package org.supervision.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda keeps process engines in a JVM-wide registry by name, and its REST API
 * ({@code /engine-rest}) answers with the engine registered as "default". A test class with
 * settings of its own gets an application context of its own, whose engine of that name takes
 * the registry's entry over from the contexts Spring has cached; a later test class reusing one
 * of those would then reach another context's engine and database over REST (a task "not
 * found", a person "unknown"), depending on the order the classes happen to run in. So before
 * each test, the engine of the test's own context is put back in the registry.
 * Registered in {@code META-INF/spring.factories}.
 */
public class DefaultEngineOfThisContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // after dependency injection has loaded (or taken from the cache) the test's context
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
