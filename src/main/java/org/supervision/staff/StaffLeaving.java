package org.supervision.staff;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.supervision.engine.AsSystem;
import org.supervision.shared.SupervisionClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code staff-leaving}: one instance per member with a leaving date,
 * waiting for the end of the last working day, then ending that member's supervision
 * processes and telling the other features ({@link StaffLeft}). A moved or withdrawn date
 * replaces the waiting instance.
 */
@Component("staffLeaving")
public class StaffLeaving {

    static final String PROCESS = "staff-leaving";
    /** Caught by an interrupting event subprocess of every process a supervisee takes part in. */
    static final String SUPERVISION_ENDED = "supervisionEnded";

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;
    private final ApplicationEventPublisher events;

    StaffLeaving(RuntimeService runtime, IdentityService identity, StaffMemberRepository staff, SupervisionClock clock,
                 ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.identity = identity;
        this.staff = staff;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    public void onLeavingDateChanged(LeavingDateChanged changed) {
        AsSystem.run(identity, () -> {
            runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                    .processInstanceBusinessKey(changed.staffId()).list()
                    .forEach(waiting -> runtime.deleteProcessInstance(waiting.getId(),
                            "leaving date changed in the staff directory"));
            if (changed.leftOn() != null) {
                runtime.createProcessInstanceByKey(PROCESS).businessKey(changed.staffId())
                        .setVariable("staffId", changed.staffId()).execute();
            }
        });
    }

    public Date endOfEmployment(String staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        return clock.endOf(member.getLeftOn());
    }

    public void endSupervision(String staffId) {
        runtime.createMessageCorrelation(SUPERVISION_ENDED).processInstanceBusinessKey(staffId).correlateAll();
        events.publishEvent(new StaffLeft(staffId, staff.findById(staffId).map(StaffMember::getLeftOn).orElse(null)));
    }
}
