package org.supervision.support;

import java.util.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Shared test helpers: the routed-task fixture process and the engine clock. */
public final class Fixtures {

    private Fixtures() {
    }

    public static void deployRoutingFixture(RepositoryService repository) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("routing-fixture").count() == 0) {
            repository.createDeployment().name("routing-fixture")
                    .addClasspathResource("fixtures/routing-fixture.bpmn").deploy();
        }
    }

    /** Sets the engine clock (and so the product's) to 09:00 London time on the given day. */
    public static void today(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
    }
}
