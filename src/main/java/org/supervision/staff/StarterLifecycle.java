package org.supervision.staff;

import java.time.LocalDate;
import org.supervision.shared.SupervisionClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Starts a new member's supervision lifecycle (the agreement, work plan and learning plan
 * that listen for {@link StaffJoined}) once the directory links them to a management
 * supervisor. HR often sends the staff file and the supervision relationships as two
 * imports, or a starter's relationship only later: started before that, every first step
 * would have nobody to go to and wait in Cockpit for an administrator. Someone who starts
 * in the future is started as soon as their supervisor is known, so that the agreement can
 * be negotiated before their first day. Each member is started once, whatever is
 * re-imported.
 */
@Component
class StarterLifecycle {

    private final StaffMemberRepository staff;
    private final Routing routing;
    private final ApplicationEventPublisher events;
    private final SupervisionClock clock;

    StarterLifecycle(StaffMemberRepository staff, Routing routing, ApplicationEventPublisher events,
                     SupervisionClock clock) {
        this.staff = staff;
        this.routing = routing;
        this.events = events;
        this.clock = clock;
    }

    /** Called inside each import's transaction, after its rows are written. */
    void startThoseWithASupervisor() {
        LocalDate today = clock.today();
        for (StaffMember member : staff.findByLifecycleStartedOnIsNull()) {
            // a leaver recorded for history has not joined: no agreement to negotiate
            if (member.isActiveOn(today) && routing.hasSupervisor(member.getId(), SupervisionType.MANAGEMENT.name())) {
                member.lifecycleStarted(today);
                events.publishEvent(new StaffJoined(member.getId()));
            }
        }
    }
}
