package org.supervision.conflict;

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
 * Puts a booked three-way meeting into the calendars of the line manager, the supervisor and
 * the supervisee. The title says only "Meeting" and who: calendars are often visible to
 * colleagues, and that a concern was raised about someone's supervision is theirs to share.
 */
@Component
class MeetingInvitations implements MeetingSource {

    private final CalendarInvites invites;
    private final StaffMemberRepository staff;
    private final ConflictStageRepository stages;
    private final Duration length;

    MeetingInvitations(CalendarInvites invites, StaffMemberRepository staff, ConflictStageRepository stages,
                       @Value("${supervision.conflict.meeting-length:PT1H}") Duration length) {
        this.invites = invites;
        this.staff = staff;
        this.stages = stages;
        this.length = length;
    }

    void booked(ConflictCase conflictCase, ConflictStage stage, String lineManagerId) {
        invites.invite(meeting(conflictCase, stage, lineManagerId));
    }

    /** The person's three-way meetings to come, not yet held and of a stage still running. */
    @Override
    public List<Meeting> upcomingFor(String staffId, Instant from) {
        return stages.meetingsFrom(staffId, from).stream()
                .map(row -> (ConflictCase) row[0])
                .flatMap(conflictCase -> stages.findByCaseIdOrderByStageAsc(conflictCase.getId()).stream()
                        .filter(stage -> stage.getMeetingAt() != null && !stage.getMeetingAt().isBefore(from)
                                && stage.getMeetingHeldOn() == null && stage.getEndedAt() == null)
                        .map(stage -> meeting(conflictCase, stage, conflictCase.getLineManagerId())))
                .toList();
    }

    private Meeting meeting(ConflictCase conflictCase, ConflictStage stage, String lineManagerId) {
        return new Meeting("meeting-" + stage.getId(),
                "Meeting: " + name(conflictCase.getSuperviseeId()) + ", " + name(conflictCase.getSupervisorId())
                        + " and " + name(lineManagerId),
                stage.getMeetingAt(), length, stage.getMeetingPlace(), lineManagerId,
                List.of(lineManagerId, conflictCase.getSupervisorId(), conflictCase.getSuperviseeId()));
    }

    private String name(String staffId) {
        return staff.findById(staffId).map(StaffMember::getFullName).orElse("a colleague");
    }
}
