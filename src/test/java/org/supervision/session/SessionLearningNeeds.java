package org.supervision.session;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.ProcessDriver;

/**
 * For other features' tests: a new member of staff's agreement (started when they joined) is
 * signed and their first management session held and recorded with the given learning needs,
 * as supervisor and supervisee would do it in Tasklist.
 */
public final class SessionLearningNeeds {

    private SessionLearningNeeds() {
    }

    /** Signs the agreement on {@code today}, holds the first session on {@code sessionDay}; returns the session cycle. */
    public static String firstSessionWithNeeds(ProcessEngine engine, String staffId, String supervisorId, LocalDate today,
                                               LocalDate sessionDay, String... needs) {
        ProcessDriver driver = new ProcessDriver(engine);
        RuntimeService runtime = engine.getRuntimeService();
        Fixtures.today(today);
        String agreement = runtime.createProcessInstanceQuery().processDefinitionKey("supervision-agreement")
                .processInstanceBusinessKey(staffId).singleResult().getId();
        driver.complete(agreement, "draftAgreement", supervisorId, AgreementForms.draft(28, sessionDay, today));
        driver.complete(agreement, "reviewAgreement", staffId, Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", supervisorId, Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", staffId, Map.of("signatureConfirmed", true));
        String cycle = new SessionTestSupport(engine, null).cycleOf(staffId);
        driver.complete(cycle, "bookSession", supervisorId, SessionTestSupport.booking(sessionDay));
        driver.today(sessionDay, cycle);
        Map<String, Object> record = new java.util.HashMap<>(SessionTestSupport.held(sessionDay, "the move"));
        record.put("learningNeeds", String.join("\n", needs));
        driver.complete(cycle, "recordSession", supervisorId, record);
        driver.complete(cycle, "reviewRecord", staffId, Map.of("recordConfirmed", true));
        return cycle;
    }
}
