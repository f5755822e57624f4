package org.supervision.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.supervision.staff.StaffMember;

/**
 * Writes one invitation or cancellation as RFC 5545 text (via biweekly): a VCALENDAR with a
 * single VEVENT. Times are written in UTC, which every calendar converts to the reader's zone.
 * The description is only the workspace's address: whatever the meeting is about stays behind
 * the login.
 */
final class InvitationCalendar {

    private InvitationCalendar() {
    }

    static String write(boolean cancel, String uid, int sequence, Meeting meeting, StaffMember organiser,
                        List<StaffMember> attendees, String workspaceUrl, Instant now) {
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setSequence(sequence);
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(meeting.startsAt()), true);
        event.setDateEnd(Date.from(meeting.startsAt().plus(meeting.length())), true);
        event.setSummary(meeting.title());
        event.setLocation(meeting.place());
        event.setDescription("Details are in the supervision workspace: " + workspaceUrl);
        event.setStatus(cancel ? Status.cancelled() : Status.confirmed());
        event.setOrganizer(new Organizer(organiser.getFullName(), organiser.getEmail()));
        for (StaffMember person : attendees) {
            Attendee attendee = new Attendee(person.getFullName(), person.getEmail());
            attendee.setRole(Role.ATTENDEE);
            attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
            attendee.setRsvp(!cancel);
            event.addAttendee(attendee);
        }
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Supervision workspace//EN");
        calendar.setMethod(cancel ? Method.cancel() : Method.request());
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }
}
