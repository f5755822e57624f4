package org.supervision.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.supervision.shared.DateWindow;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.UkDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code supervision-session} for the supervisor's record of a session,
 * or of its postponement. Recording is the supervisor's signature of the record.
 */
@Component("sessionRecording")
public class SessionRecording {

    private static final List<String> FORM_FIELDS = List.of("heldOn", "actions", "learningNeeds", "postponedBy",
            "postponementReason", "carriedForward", "dueOn", "bookedFor");

    private final SessionCycle cycle;
    private final SessionRecordRepository records;
    private final SessionPostponementRepository postponements;
    private final SessionActionRepository actions;
    private final IdentifiedLearningNeedRepository learningNeeds;
    private final SupervisionSessionRepository sessions;
    private final SupervisionClock clock;
    private final UkDates dates;
    private final SessionInvitations invitations;
    private final ApplicationEventPublisher events;

    SessionRecording(SessionCycle cycle, SessionRecordRepository records, SessionPostponementRepository postponements,
                     SessionActionRepository actions, IdentifiedLearningNeedRepository learningNeeds,
                     SupervisionSessionRepository sessions, SupervisionClock clock, UkDates dates,
                     SessionInvitations invitations, ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.events = events;
        this.cycle = cycle;
        this.records = records;
        this.postponements = postponements;
        this.actions = actions;
        this.learningNeeds = learningNeeds;
        this.sessions = sessions;
        this.clock = clock;
        this.dates = dates;
    }

    /** Shows the booking and, first on the agenda, any dispute about an earlier record. */
    public void showRecordForm(DelegateTask task) {
        // the previous session's outcome steered the process then; it must not answer for this one
        FormInput.forgetEarlierAnswers(task, "sessionOutcome");
        SupervisionSession session = cycle.sessionOf(task);
        Map<String, Object> shown = new HashMap<>();
        shown.put("dueOn", session.getDueOn().toString());
        shown.put("bookedFor", session.getStartsAt() == null ? null
                : session.getStartsAt().atZone(clock.zone()).toLocalDateTime() + ", " + session.getPlace());
        shown.put("carriedForward", carriedForward(openDisputes(session)));
        task.setVariablesLocal(shown);
    }

    private List<SessionRecord> openDisputes(SupervisionSession session) {
        return records.findDisputesToCarryForward(session.getStaffId(), session.getSupervisionType());
    }

    /** One line per dispute, naming the session by the day it was held and saying whether it was corrected. */
    private String carriedForward(List<SessionRecord> disputes) {
        if (disputes.isEmpty()) {
            return null;
        }
        return disputes.stream().map(record -> "Disputed record of the session held on " + heldOn(record)
                        + " (version " + record.getRecordVersion() + ")"
                        + (record.getStatus() == RecordStatus.CORRECTED
                                ? ", corrected by the supervisor in version " + (record.getRecordVersion() + 1) : "")
                        + ". Supervisee: " + record.getSuperviseeStatement()
                        + (record.getSupervisorStatement() == null ? "" : " Supervisor: " + record.getSupervisorStatement()))
                .collect(Collectors.joining("\n"));
    }

    private String heldOn(SessionRecord record) {
        return sessions.findById(record.getSessionId()).map(s -> dates.day(s.getHeldOn())).orElse("an earlier date");
    }

    public void record(DelegateTask task) {
        FormInput form = FormInput.of(task);
        String outcome = form.requiredChoice("sessionOutcome", "HELD", "POSTPONED", "CANCELLED");
        SupervisionSession session = cycle.sessionOf(task);
        if ("HELD".equals(outcome)) {
            recordHeld(task, form, session);
        } else {
            recordPostponement(task, form, session, SessionPostponement.Kind.valueOf(outcome));
        }
        form.discard(RecordContent.FORM_FIELDS.toArray(String[]::new));
        form.discard(FORM_FIELDS.toArray(String[]::new));
    }

    private void recordHeld(DelegateTask task, FormInput form, SupervisionSession session) {
        LocalDate heldOn = form.requiredDate("heldOn", DateWindow.behind(clock.today()));
        RecordContent content = RecordContent.from(form);
        // actions may be recorded late, even after they fell due; beyond two years either way is a slip
        DateWindow actionsDue = new DateWindow(DateWindow.behind(clock.today()).earliest(), DateWindow.ahead(clock.today()).latest(),
                clock.today());
        List<ParsedAction> agreedActions = parseActions(form.optionalText("actions"), actionsDue);
        List<String> needs = lines(form.optionalText("learningNeeds"));

        List<SessionRecord> disputes = openDisputes(session);
        session.hold(heldOn, task.getAssignee());
        SessionRecord record = records.save(new SessionRecord(session.getId(), 1, content, carriedForward(disputes),
                task.getAssignee(), clock.now()));
        disputes.forEach(dispute -> dispute.carriedTo(session.getId()));
        agreedActions.forEach(a -> actions.save(new SessionAction(record.getId(), session.getStaffId(), a.what(), a.who(), a.by())));
        needs.forEach(need -> learningNeeds.save(new IdentifiedLearningNeed(session.getStaffId(), record.getId(), need, heldOn)));
        events.publishEvent(new SessionHeld(session.getId(), session.getStaffId(), session.getSupervisionType(), heldOn,
                task.getAssignee()));
    }

    private void recordPostponement(DelegateTask task, FormInput form, SupervisionSession session,
                                    SessionPostponement.Kind kind) {
        if (session.getStartsAt() == null) {
            throw new TaskInputException("sessionOutcome", "the session was never booked, so it cannot be " + kind.name().toLowerCase());
        }
        SessionPostponement.RequestedBy by = SessionPostponement.RequestedBy.valueOf(
                form.requiredChoice("postponedBy", "SUPERVISOR", "SUPERVISEE"));
        postponements.save(new SessionPostponement(session.getId(), kind, by, form.requiredText("postponementReason"),
                session.getStartsAt(), task.getAssignee(), clock.now(), cycle.rebookBy()));
        session.postpone();
        invitations.calledOff(session);
    }

    record ParsedAction(String what, String who, LocalDate by) {
    }

    /** One action per line: "what | who | by when (YYYY-MM-DD)", due within the given window. */
    static List<ParsedAction> parseActions(String text, DateWindow due) {
        List<ParsedAction> parsed = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|");
            String where = "line " + (i + 1) + " '" + lines.get(i) + "': ";
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new TaskInputException("actions", where + "write each action as: what | who | by when (YYYY-MM-DD)");
            }
            LocalDate by = FormInput.dateInLine("actions", where, parts[2], due);
            parsed.add(new ParsedAction(parts[0].strip(), parts[1].strip(), by));
        }
        return parsed;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
