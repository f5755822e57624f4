package org.supervision.session;

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

/**
 * Puts a booked supervision session into the supervisor's and the supervisee's calendars, and
 * takes it out again when it is postponed or cancelled. The session's id names the calendar
 * event, so a re-booking moves the same event.
 */
@Component
class SessionInvitations implements MeetingSource {

    private final CalendarInvites invites;
    private final StaffMemberRepository staff;
    private final SupervisionSessionRepository sessions;
    private final Duration length;

    SessionInvitations(CalendarInvites invites, StaffMemberRepository staff, SupervisionSessionRepository sessions,
                       @Value("${supervision.session.length:PT1H30M}") Duration length) {
        this.invites = invites;
        this.staff = staff;
        this.sessions = sessions;
        this.length = length;
    }

    void booked(SupervisionSession session) {
        invites.invite(meeting(session));
    }

    void calledOff(SupervisionSession session) {
        invites.cancel(meeting(session));
    }

    @Override
    public List<Meeting> upcomingFor(String staffId, Instant from) {
        return sessions.bookedFrom(staffId, from).stream().map(this::meeting).toList();
    }

    private Meeting meeting(SupervisionSession session) {
        String supervisor = session.getBookedBy();
        return new Meeting("session-" + session.getId(),
                "Supervision: " + name(session.getStaffId()) + " with " + name(supervisor),
                session.getStartsAt(), length, session.getPlace(), supervisor, List.of(supervisor, session.getStaffId()));
    }

    private String name(String staffId) {
        return staff.findById(staffId).map(StaffMember::getFullName).orElse("a colleague");
    }
}
