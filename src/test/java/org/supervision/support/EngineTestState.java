package org.supervision.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every test against the engine would otherwise set up and undo itself. Before each
 * test, Camunda's process assertions ({@code BpmnAwareTests.assertThat(processInstance)}) work
 * on the engine of the test's Spring context. After each, the engine clock runs in real time
 * again and no user is authenticated on the engine: both are global to the JVM (the clock) or
 * the thread (the user), and test classes share the JVM, the thread and, through Spring's
 * context cache, the engine, so a test that moved the clock or acted as a user would otherwise
 * leave that to whichever test runs next. Part of {@link IntegrationTest}.
 */
public class EngineTestState implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(engine(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
        engine(context).getIdentityService().clearAuthentication();
    }

    private static ProcessEngine engine(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    }
}
