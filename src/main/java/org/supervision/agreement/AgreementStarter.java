package org.supervision.agreement;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.supervision.shared.AsSystem;
import org.supervision.staff.StaffJoined;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every new member of staff gets an agreement negotiation (004 §17). */
@Component
public class AgreementStarter {

    static final String PROCESS = "supervision-agreement";

    private final RuntimeService runtime;
    private final IdentityService identity;

    AgreementStarter(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    public void onJoined(StaffJoined joined) {
        start(joined.staffId());
    }

    public ProcessInstance start(String staffId) {
        return AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(PROCESS)
                .businessKey(staffId).setVariable("staffId", staffId).execute());
    }
}
