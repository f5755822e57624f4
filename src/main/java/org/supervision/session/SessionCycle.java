package org.supervision.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.supervision.agreement.FrequencyPolicy;
import org.supervision.agreement.SupervisionAgreement;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkingDayCalendar;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code supervision-session} for planning and booking: when the next
 * session is due, its booking, re-booking after a postponement, and the overdue mark.
 */
@Component("sessionCycle")
public class SessionCycle {

    static final String PLANNED_SESSION_ID = "plannedSessionId";
    static final String SESSION_ID = "sessionId";

    private final SupervisionSessionRepository sessions;
    private final SessionPostponementRepository postponements;
    private final SessionFollowUpRepository followUps;
    private final SupervisionAgreementRepository agreements;
    private final StaffMemberRepository staff;
    private final FrequencyPolicy frequencies;
    private final WorkingDayCalendar workingDays;
    private final SupervisionClock clock;
    private final int rebookWorkingDays;
    private final int followUpWorkingDays;
    private final SessionInvitations invitations;

    SessionCycle(SupervisionSessionRepository sessions, SessionPostponementRepository postponements,
                 SessionFollowUpRepository followUps, SupervisionAgreementRepository agreements,
                 StaffMemberRepository staff, FrequencyPolicy frequencies, WorkingDayCalendar workingDays,
                 SupervisionClock clock, @Value("${supervision.session.rebook-within-working-days:5}") int rebookWorkingDays,
                 @Value("${supervision.session.follow-up-within-working-days:5}") int followUpWorkingDays,
                 SessionInvitations invitations) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.postponements = postponements;
        this.followUps = followUps;
        this.agreements = agreements;
        this.staff = staff;
        this.frequencies = frequencies;
        this.workingDays = workingDays;
        this.clock = clock;
        this.rebookWorkingDays = rebookWorkingDays;
        this.followUpWorkingDays = followUpWorkingDays;
    }

    /**
     * Plans the next session of this cycle. The first is the one the agreement booked; each
     * later one is due one interval after the previous session was held. The interval is
     * decided by "Interval to the next session" in supervision-frequency.dmn on the day the
     * session was held, so it follows the supervisee's time in post; here only the days are
     * added. Types other than management start counting from the signing.
     */
    public void planNext(DelegateExecution execution) {
        String staffId = (String) execution.getVariable("staffId");
        SupervisionType type = SupervisionType.valueOf((String) execution.getVariable("supervisionType"));
        SupervisionAgreement agreement = agreementOf(execution);
        StaffMember member = staff.findById(staffId).orElseThrow();
        Optional<SupervisionSession> previous = sessions.latestOf(staffId, type);
        Optional<LocalDate> due = previous
                .map(last -> daysAfter(last.getHeldOn(), member, agreement, type))
                .orElseGet(() -> type == SupervisionType.MANAGEMENT ? Optional.of(agreement.getFirstSessionOn())
                        : daysAfter(LocalDate.ofInstant(agreement.getSignedAt(), clock.zone()), member, agreement, type));
        execution.setVariable("sessionPlanned", due.isPresent());
        due.ifPresent(dueOn -> {
            SupervisionSession session = sessions.save(new SupervisionSession(staffId, type,
                    previous.map(p -> p.getSequenceNumber() + 1).orElse(1), agreement.getId(),
                    execution.getProcessInstanceId(), dueOn));
            execution.setVariable(PLANNED_SESSION_ID, session.getId());
        });
    }

    /** Empty where the decision says supervision is on request. */
    private Optional<LocalDate> daysAfter(LocalDate day, StaffMember member, SupervisionAgreement agreement,
                                          SupervisionType type) {
        return frequencies.intervalToNextSession(member, agreement, type, day).map(day::plusDays);
    }

    /** The overdue timer fires when the due day is over. */
    public Date overdueAt(Object sessionId) {
        return clock.endOf(session(sessionId).getDueOn());
    }

    /** Tasklist's due date for booking: a session is booked before the end of the day it is due. */
    public Date bookingDue(Object sessionId) {
        return overdueAt(sessionId);
    }

    /**
     * Tasklist's due date for recording the session (or its postponement): the end of the day
     * it was booked for, when it is held.
     */
    public Date recordingDue(Object sessionId) {
        SupervisionSession session = session(sessionId);
        return session.getStartsAt() == null ? clock.endOf(session.getDueOn())
                : clock.endOf(LocalDate.ofInstant(session.getStartsAt(), clock.zone()));
    }

    /**
     * Tasklist's due date for a follow-up (a line manager's, or the supervisor's reminder):
     * the product's own limit in working days, so that a follow-up does not wait unnoticed.
     */
    public Date followUpDue() {
        return workingDays.deadline(followUpWorkingDays);
    }

    public void markOverdue(DelegateExecution execution) {
        session(execution.getVariable(PLANNED_SESSION_ID)).markOverdue();
    }

    public void showBooking(DelegateTask task) {
        SupervisionSession session = sessionOf(task);
        Map<String, Object> shown = new HashMap<>();
        shown.put("dueOn", session.getDueOn().toString());
        shown.put("sessionDate", session.getDueOn().toString());
        shown.put("sessionTime", null);
        shown.put("place", session.getPlace());
        task.setVariablesLocal(shown);
    }

    public void book(DelegateTask task) {
        FormInput form = FormInput.of(task);
        LocalDate date = form.requiredDate("sessionDate", DateWindow.ahead(clock.today()));
        LocalTime time = form.requiredTime("sessionTime");
        String place = form.requiredText("place");
        SupervisionSession session = sessionOf(task);
        boolean rebooking = session.getStatus() == SessionStatus.POSTPONED;
        session.book(task.getAssignee(), date.atTime(time).atZone(clock.zone()).toInstant(), place);
        if (rebooking) {
            postponements.findFirstBySessionIdAndRebookedAtIsNullOrderByIdDesc(session.getId())
                    .ifPresent(p -> p.rebooked(clock.now()));
        }
        invitations.booked(session);
        form.discard("sessionDate", "sessionTime", "place");
    }

    /** A postponed session must be re-booked with minimum delay: within this many working days. */
    public Date rebookDeadline() {
        return workingDays.deadline(rebookWorkingDays);
    }

    LocalDate rebookBy() {
        return workingDays.plusWorkingDays(clock.today(), rebookWorkingDays);
    }

    public void recordFollowUp(DelegateTask task, String reason) {
        FormInput form = FormInput.of(task);
        followUps.save(new SessionFollowUp(sessionOf(task).getId(), SessionFollowUp.Reason.valueOf(reason),
                task.getAssignee(), clock.now(), form.requiredText("followUpNotes")));
        form.discard("followUpNotes");
    }

    /** A renewed agreement governs the sessions still to come; held sessions keep theirs. */
    public void adoptRenewedAgreement(DelegateExecution execution) {
        Long agreementId = ((Number) execution.getVariable("agreementId")).longValue();
        sessionsToCome(execution).forEach(session -> session.adopt(agreementId));
    }

    /** The supervisee left: sessions not yet held will not be. Records already written stay. */
    public void endOnLeaving(DelegateExecution execution) {
        sessionsToCome(execution).forEach(SupervisionSession::endBeforeHeld);
    }

    private List<SupervisionSession> sessionsToCome(DelegateExecution execution) {
        SupervisionType type = SupervisionType.valueOf((String) execution.getVariable("supervisionType"));
        return sessions.findByStaffIdAndSupervisionTypeAndStatusIn((String) execution.getVariable("staffId"), type,
                SessionStatus.TO_COME);
    }

    SupervisionSession sessionOf(VariableScope scope) {
        return session(scope.getVariable(SESSION_ID));
    }

    private SupervisionSession session(Object id) {
        long sessionId = ((Number) id).longValue();
        return sessions.findById(sessionId).orElseThrow(() -> new IllegalStateException("No session " + sessionId));
    }

    private SupervisionAgreement agreementOf(VariableScope scope) {
        long id = ((Number) scope.getVariable("agreementId")).longValue();
        return agreements.findById(id).orElseThrow(() -> new IllegalStateException("No agreement " + id));
    }
}
