package org.supervision.group;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.supervision.calendar.CalendarInvites;
import org.supervision.calendar.Meeting;

/** Puts a booked group session into the facilitator's and every member's calendar. */
@Component
class GroupInvitations {

    private final CalendarInvites invites;
    private final Duration length;

    GroupInvitations(CalendarInvites invites, @Value("${supervision.group.length:PT90M}") Duration length) {
        this.invites = invites;
        this.length = length;
    }

    void booked(SupervisionGroup group, GroupSession session) {
        List<String> attendees = new ArrayList<>();
        attendees.add(group.getFacilitatorId());
        attendees.addAll(group.getMemberIds());
        invites.invite(new Meeting("group-session-" + session.getId(), group.getKind().inWords() + ": " + group.getName(),
                session.getBookedAt(), length, session.getPlace(), group.getFacilitatorId(), attendees));
    }
}
