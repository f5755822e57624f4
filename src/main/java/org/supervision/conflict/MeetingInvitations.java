package org.supervision.conflict;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.supervision.calendar.CalendarInvites;
import org.supervision.calendar.Meeting;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;

/**
 * Puts a booked three-way meeting into the calendars of the line manager, the supervisor and
 * the supervisee. The title says only "Meeting" and who: calendars are often visible to
 * colleagues, and that a concern was raised about someone's supervision is theirs to share.
 */
@Component
class MeetingInvitations {

    private final CalendarInvites invites;
    private final StaffMemberRepository staff;
    private final Duration length;

    MeetingInvitations(CalendarInvites invites, StaffMemberRepository staff,
                       @Value("${supervision.conflict.meeting-length:PT1H}") Duration length) {
        this.invites = invites;
        this.staff = staff;
        this.length = length;
    }

    void booked(ConflictCase conflictCase, ConflictStage stage, String lineManagerId) {
        invites.invite(new Meeting("meeting-" + stage.getId(),
                "Meeting: " + name(conflictCase.getSuperviseeId()) + ", " + name(conflictCase.getSupervisorId())
                        + " and " + name(lineManagerId),
                stage.getMeetingAt(), length, stage.getMeetingPlace(), lineManagerId,
                List.of(lineManagerId, conflictCase.getSupervisorId(), conflictCase.getSuperviseeId())));
    }

    private String name(String staffId) {
        return staff.findById(staffId).map(StaffMember::getFullName).orElse("a colleague");
    }
}
