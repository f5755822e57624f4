package org.supervision.group;

import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.WorkingDayCalendar;

/** The dates of {@code group-supervision}: its timer and the due dates task lists show. */
@Component("groupDates")
public class GroupDates {

    private final GroupSessionRepository sessions;
    private final SupervisionClock clock;
    private final WorkingDayCalendar workingDays;
    private final int recordingWorkingDays;

    GroupDates(GroupSessionRepository sessions, SupervisionClock clock, WorkingDayCalendar workingDays,
               @Value("${supervision.group.record-within-working-days:5}") int recordingWorkingDays) {
        this.sessions = sessions;
        this.clock = clock;
        this.workingDays = workingDays;
        this.recordingWorkingDays = recordingWorkingDays;
    }

    /** Booked by the end of the day the session is due. */
    public Date bookingDue(Object groupSessionId) {
        return clock.endOf(session(groupSessionId).getDueOn());
    }

    /** When the booked session starts: the facilitator is asked to record it from then. */
    public Date bookedAt(Object groupSessionId) {
        return Date.from(session(groupSessionId).getBookedAt());
    }

    /** Recorded, with each member's attendance, within working days of the session. */
    public Date recordingDue() {
        return workingDays.deadline(recordingWorkingDays);
    }

    private GroupSession session(Object id) {
        long sessionId = ((Number) id).longValue();
        return sessions.findById(sessionId).orElseThrow(() -> new IllegalStateException("No group session " + sessionId));
    }
}
