package org.supervision.observation;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.supervision.calendar.CalendarInvites;
import org.supervision.calendar.Meeting;
import org.supervision.calendar.MeetingSource;
import java.time.Instant;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/** Puts a booked direct observation into the observer's and the observed worker's calendars. */
@Component
class ObservationInvitations implements MeetingSource {

    private final CalendarInvites invites;
    private final StaffMemberRepository staff;
    private final DirectObservationRepository observations;
    private final Duration length;

    ObservationInvitations(CalendarInvites invites, StaffMemberRepository staff, DirectObservationRepository observations,
                           @Value("${supervision.observation.length:PT1H}") Duration length) {
        this.invites = invites;
        this.staff = staff;
        this.observations = observations;
        this.length = length;
    }

    void booked(DirectObservation observation) {
        invites.invite(meeting(observation));
    }

    @Override
    public List<Meeting> upcomingFor(String staffId, Instant from) {
        return observations.bookedFrom(staffId, from).stream().map(this::meeting).toList();
    }

    private Meeting meeting(DirectObservation observation) {
        String observer = observation.getObserverId();
        return new Meeting("observation-" + observation.getId(),
                "Direct observation: " + name(observation.getStaffId()) + " observed by " + name(observer),
                observation.getBookedAt(), length, observation.getPlace(), observer,
                List.of(observer, observation.getStaffId()));
    }

    private String name(String staffId) {
        return staff.findById(staffId).map(StaffMember::getFullName).orElse("a colleague");
    }
}
