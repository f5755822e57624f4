package org.supervision.session;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process glue of {@code supervision-session} for the second signature: the supervisee
 * confirms the record (which locks it) or disputes it; the supervisor answers a dispute
 * with a statement and, where the supervisee is right, a corrected version.
 */
@Component("recordConfirmation")
public class RecordConfirmation {

    private final SessionCycle cycle;
    private final SessionRecordRepository records;
    private final WorkingDayCalendar workingDays;
    private final SupervisionClock clock;
    private final int reminderWorkingDays;
    private final int escalationWorkingDays;

    RecordConfirmation(SessionCycle cycle, SessionRecordRepository records, WorkingDayCalendar workingDays,
                       SupervisionClock clock,
                       @Value("${supervision.session.confirm-within-working-days:10}") int reminderWorkingDays,
                       @Value("${supervision.session.escalate-unconfirmed-after-working-days:15}") int escalationWorkingDays) {
        this.cycle = cycle;
        this.records = records;
        this.workingDays = workingDays;
        this.clock = clock;
        this.reminderWorkingDays = reminderWorkingDays;
        this.escalationWorkingDays = escalationWorkingDays;
    }

    public Date reminderAt() {
        return workingDays.deadline(reminderWorkingDays);
    }

    /**
     * Tasklist's due date for confirming or disputing a record, and for the supervisor's
     * answer to a dispute: the working days after which the supervisor reminds the supervisee.
     */
    public Date confirmationDue() {
        return reminderAt();
    }

    public Date escalationAt() {
        return workingDays.deadline(escalationWorkingDays);
    }

    /** Shows the current version of the record, and the supervisee's statement if disputed. */
    public void showRecord(DelegateTask task) {
        // a review or dispute of an earlier record answered these; this record needs its own answers
        FormInput.forgetEarlierAnswers(task, "recordConfirmed", "correctRecord");
        SupervisionSession session = cycle.sessionOf(task);
        SessionRecord record = currentRecord(session);
        Map<String, Object> shown = record.content().formValues();
        shown.put("recordVersion", record.getRecordVersion());
        shown.put("heldOn", session.getHeldOn().toString());
        shown.put("carriedForward", record.getCarriedForward());
        shown.put("superviseeStatement", record.getSuperviseeStatement());
        task.setVariablesLocal(shown);
    }

    public void answerBySupervisee(DelegateTask task) {
        FormInput form = FormInput.of(task);
        boolean confirmed = form.decision("recordConfirmed");
        SessionRecord record = currentRecord(cycle.sessionOf(task));
        if (confirmed) {
            record.confirmBySupervisee(task.getAssignee(), clock.now());
        } else {
            String statement = form.optionalText("superviseeStatement");
            if (statement == null) {
                throw new TaskInputException("superviseeStatement", "say what is inaccurate in the record, or confirm it");
            }
            record.disputeBySupervisee(statement, clock.now());
        }
        discardShown(form);
    }

    public void answerDispute(DelegateTask task) {
        FormInput form = FormInput.of(task);
        String statement = form.requiredText("supervisorStatement");
        boolean correct = form.decision("correctRecord");
        SessionRecord record = currentRecord(cycle.sessionOf(task));
        if (correct) {
            RecordContent corrected = RecordContent.from(form);
            String reason = form.requiredText("correctionReason");
            record.answerDispute(statement, clock.now());
            records.save(record.correction(corrected, reason, task.getAssignee(), clock.now()));
        } else {
            record.answerDispute(statement, clock.now());
        }
        form.discard("supervisorStatement", "correctionReason");
        discardShown(form);
    }

    private static void discardShown(FormInput form) {
        form.discard(RecordContent.FORM_FIELDS.toArray(String[]::new));
        form.discard("recordVersion", "heldOn", "carriedForward", "superviseeStatement");
    }

    private SessionRecord currentRecord(SupervisionSession session) {
        return records.latestOf(session.getId())
                .orElseThrow(() -> new IllegalStateException("Session " + session.getId() + " has no record"));
    }
}
