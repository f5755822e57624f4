package org.supervision.observation;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.supervision.calendar.CalendarInvites;
import org.supervision.calendar.Meeting;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/** Puts a booked direct observation into the observer's and the observed worker's calendars. */
@Component
class ObservationInvitations {

    private final CalendarInvites invites;
    private final StaffMemberRepository staff;
    private final Duration length;

    ObservationInvitations(CalendarInvites invites, StaffMemberRepository staff,
                           @Value("${supervision.observation.length:PT1H}") Duration length) {
        this.invites = invites;
        this.staff = staff;
        this.length = length;
    }

    void booked(DirectObservation observation) {
        String observer = observation.getObserverId();
        invites.invite(new Meeting("observation-" + observation.getId(),
                "Direct observation: " + name(observation.getStaffId()) + " observed by " + name(observer),
                observation.getBookedAt(), length, observation.getPlace(), observer,
                List.of(observer, observation.getStaffId())));
    }

    private String name(String staffId) {
        return staff.findById(staffId).map(StaffMember::getFullName).orElse("a colleague");
    }
}
