package org.supervision.session;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.supervision.staff.Routing;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;

/**
 * Called when an agreement version is signed: one session cycle per supervision type
 * the supervisee receives. A cycle already running takes the new version over, so the
 * sessions it has booked or recorded stay as they are.
 */
@Component("sessionCycles")
public class SessionCycles {

    static final String PROCESS = "supervision-session";
    static final String AGREEMENT_RENEWED = "agreementRenewed";

    /** Group supervision has its own records and is not a 1:1 cycle. */
    private static final List<SupervisionType> ONE_TO_ONE = List.of(SupervisionType.MANAGEMENT,
            SupervisionType.PROFESSIONAL, SupervisionType.CLINICAL, SupervisionType.PEER);

    private final RuntimeService runtime;
    private final Routing routing;

    SessionCycles(RuntimeService runtime, Routing routing) {
        this.runtime = runtime;
        this.routing = routing;
    }

    public void startOrRenew(DelegateExecution execution) {
        String staffId = (String) execution.getVariable("staffId");
        Object agreementId = execution.getVariable("agreementId");
        for (SupervisionType type : typesOf(staffId)) {
            boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                    .processInstanceBusinessKey(staffId).variableValueEquals("supervisionType", type.name()).count() > 0;
            if (running) {
                runtime.createMessageCorrelation(AGREEMENT_RENEWED).processInstanceBusinessKey(staffId)
                        .processInstanceVariableEquals("supervisionType", type.name())
                        .setVariable("agreementId", agreementId).correlateAll();
            } else {
                runtime.createProcessInstanceByKey(PROCESS).businessKey(staffId)
                        .setVariable("staffId", staffId)
                        .setVariable("supervisionType", type.name())
                        .setVariable("agreementId", agreementId)
                        .execute();
            }
        }
    }

    private List<SupervisionType> typesOf(String staffId) {
        List<SupervisionType> types = new ArrayList<>();
        for (SupervisionType type : ONE_TO_ONE) {
            if (type == SupervisionType.MANAGEMENT || routing.hasSupervisor(staffId, type.name())) {
                types.add(type);
            }
        }
        return types;
    }
}
