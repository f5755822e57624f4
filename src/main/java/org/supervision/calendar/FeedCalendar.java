package org.supervision.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Writes a person's feed as RFC 5545 text (via biweekly): one VEVENT per booked meeting, with
 * the UID and SEQUENCE of its invitation, so that a calendar holding both shows one event.
 * Like an invitation it carries the title, time and place, and as description only the
 * workspace's address.
 */
final class FeedCalendar {

    private FeedCalendar() {
    }

    static String write(List<Meeting> meetings, ToIntFunction<String> sequenceOf, String workspaceUrl, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Supervision workspace//EN");
        calendar.setMethod(Method.publish());
        calendar.setName("Supervision");
        for (Meeting meeting : meetings) {
            VEvent event = new VEvent();
            event.setUid(EventUid.of(meeting.key(), workspaceUrl));
            event.setSequence(sequenceOf.applyAsInt(meeting.key()));
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(Date.from(meeting.startsAt()), true);
            event.setDateEnd(Date.from(meeting.startsAt().plus(meeting.length())), true);
            event.setSummary(meeting.title());
            event.setLocation(meeting.place());
            event.setDescription("Details are in the supervision workspace: " + workspaceUrl);
            event.setStatus(Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }
}
