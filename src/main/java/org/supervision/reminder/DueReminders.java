package org.supervision.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.supervision.mail.ReminderKind;
import org.supervision.mail.ReminderMail;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.Routing;
import org.supervision.staff.RoutingException;
import org.supervision.staff.StaffMemberRepository;

/**
 * The day's reminders to the people who have to act: a session due soon, a session overdue, a
 * record waiting for the supervisee's confirmation. The other reminders come from timers in
 * the models, which already have them (appraisal-cycle.bpmn and work-plan.bpmn for appraisal
 * and work-plan steps, direct-observation.bpmn for booking an observation) and honour the same
 * choices through {@code TaskMail}.
 * It reads ids, dates and statuses only, never a record's content column, so no mail can
 * quote one. Each mail is sent once ({@link ReminderMail}), so running this twice, or on two
 * nodes, sends nothing twice.
 */
@Component
class DueReminders {

    private final JdbcTemplate jdbc;
    private final ReminderMail mail;
    private final StaffMemberRepository staff;
    private final Routing routing;
    private final SupervisionClock clock;
    private final UkDates dates;
    private final int sessionDaysBefore;
    private final Duration recordWaitsFor;

    DueReminders(JdbcTemplate jdbc, ReminderMail mail, StaffMemberRepository staff, Routing routing,
                 SupervisionClock clock, UkDates dates,
                 @Value("${supervision.reminders.session-due-days-before:5}") int sessionDaysBefore,
                 @Value("${supervision.reminders.record-to-confirm-after:P3D}") Duration recordWaitsFor) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.staff = staff;
        this.routing = routing;
        this.clock = clock;
        this.dates = dates;
        this.sessionDaysBefore = sessionDaysBefore;
        this.recordWaitsFor = recordWaitsFor;
    }

    /** Sends today's reminders; returns how many mails left. */
    int sendToday() {
        LocalDate today = clock.today();
        People people = new People(staff.findAll(), today);
        return sessionsDueSoon(today, people) + sessionsOverdue(today, people) + recordsToConfirm(people);
    }

    private int sessionsDueSoon(LocalDate today, People people) {
        int[] sent = {0};
        jdbc.query("select id, staff_id, supervision_type, due_on, status, starts_at from supervision_session"
                        + " where status in ('DUE', 'BOOKED', 'POSTPONED') and due_on between ? and ?",
                row -> {
                    long id = row.getLong("id");
                    String supervisee = row.getString("staff_id");
                    String due = dates.day(row.getDate("due_on").toLocalDate());
                    Timestamp startsAt = row.getTimestamp("starts_at");
                    boolean booked = "BOOKED".equals(row.getString("status")) && startsAt != null;
                    String when = booked ? " It is booked for " + dates.dateTime(startsAt.toInstant()) + "."
                            : " It is not booked yet.";
                    Optional<String> supervisor = supervisorOf(supervisee, row.getString("supervision_type"));
                    if (supervisor.isPresent()) {
                        sent[0] += send("session-due:" + id + ":" + supervisor.get(), ReminderKind.SESSION_DUE,
                                supervisor.get(), "Supervision due by " + due + ": " + people.name(supervisee),
                                "The supervision session of " + people.name(supervisee) + " with you is due by " + due
                                        + "." + when + (booked ? " The details are" : " Please book it; your task is")
                                        + " in the supervision workspace:\n\n" + mail.workspaceUrl());
                    }
                    sent[0] += send("session-due:" + id + ":" + supervisee, ReminderKind.SESSION_DUE, supervisee,
                            "Your supervision is due by " + due,
                            "Your supervision session" + supervisor.map(id2 -> " with " + people.name(id2)).orElse("")
                                    + " is due by " + due + "." + when + " The details are in the supervision workspace:\n\n"
                                    + mail.workspaceUrl());
                }, Date.valueOf(today), Date.valueOf(today.plusDays(sessionDaysBefore)));
        return sent[0];
    }

    private int sessionsOverdue(LocalDate today, People people) {
        int[] sent = {0};
        jdbc.query("select id, staff_id, supervision_type, due_on from supervision_session"
                        + " where status in ('DUE', 'BOOKED', 'POSTPONED') and due_on < ?",
                row -> {
                    long id = row.getLong("id");
                    String supervisee = row.getString("staff_id");
                    String due = dates.day(row.getDate("due_on").toLocalDate());
                    Optional<String> supervisor = supervisorOf(supervisee, row.getString("supervision_type"));
                    if (supervisor.isPresent()) {
                        sent[0] += send("session-overdue:" + id + ":" + supervisor.get(), ReminderKind.SESSION_OVERDUE,
                                supervisor.get(), "Overdue: supervision of " + people.name(supervisee),
                                "The supervision session of " + people.name(supervisee) + " with you was due by " + due
                                        + " and has not been held. Please book it, or record it if it took place,"
                                        + " in the supervision workspace:\n\n" + mail.workspaceUrl());
                    }
                    sent[0] += send("session-overdue:" + id + ":" + supervisee, ReminderKind.SESSION_OVERDUE, supervisee,
                            "Your supervision is overdue",
                            "Your supervision session" + supervisor.map(id2 -> " with " + people.name(id2)).orElse("")
                                    + " was due by " + due + " and has not been held yet. Your supervisor has been"
                                    + " reminded too. The details are in the supervision workspace:\n\n" + mail.workspaceUrl());
                }, Date.valueOf(today));
        return sent[0];
    }

    private int recordsToConfirm(People people) {
        int[] sent = {0};
        Instant writtenBefore = clock.now().minus(recordWaitsFor);
        jdbc.query("select r.id, r.recorded_by, s.staff_id, s.held_on from session_record r"
                        + " join supervision_session s on s.id = r.session_id"
                        + " where r.status = 'AWAITING_CONFIRMATION' and r.recorded_at <= ?",
                row -> {
                    String supervisee = row.getString("staff_id");
                    Date held = row.getDate("held_on");
                    sent[0] += send("record-to-confirm:" + row.getLong("id"), ReminderKind.RECORD_TO_CONFIRM, supervisee,
                            "A supervision record waits for you to confirm it",
                            "The record of your supervision session" + (held == null ? "" : " held on "
                                    + dates.day(held.toLocalDate())) + " with " + people.name(row.getString("recorded_by"))
                                    + " waits for you to confirm it, or to say what you disagree with. Your task"
                                    + " \"Supervisee confirms or disputes record\" is in the supervision workspace:\n\n"
                                    + mail.workspaceUrl() + "tasks");
                }, Timestamp.from(writtenBefore));
        return sent[0];
    }

    private Optional<String> supervisorOf(String supervisee, String type) {
        try {
            return Optional.of(routing.supervisorOf(supervisee, type));
        } catch (RoutingException | IllegalArgumentException noSupervisor) {
            return Optional.empty();
        }
    }

    private int send(String occurrence, ReminderKind kind, String to, String subject, String text) {
        return mail.sendOnce(occurrence, kind, to, subject, text) ? 1 : 0;
    }
}
