package org.supervision.workspace;

import static org.supervision.workspace.TaskContext.fact;

import java.util.ArrayList;
import java.util.List;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.session.SessionFollowUp;
import org.supervision.session.SessionFollowUpRepository;
import org.supervision.session.SessionPostponementRepository;
import org.supervision.session.SessionRecord;
import org.supervision.session.SessionRecordRepository;
import org.supervision.session.SupervisionSession;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;

/**
 * What a follow-up of a missed session deadline shows: whose session, when it was due and
 * booked, each postponement with who asked for it and why, where the record stands, and what
 * has been done about it already.
 *
 * <p>The line manager who follows up is in the supervisee's line-management chain, which the
 * records policy lets read 1:1 records to monitor the quantity and quality of supervision; the
 * read is checked and logged all the same. The page still shows only what a follow-up needs:
 * dates, reasons for postponing and the record's state, never the record's text.
 */
@Component
class SessionHistoryContext {

    private final SessionRecordRepository records;
    private final SessionPostponementRepository postponements;
    private final SessionFollowUpRepository followUps;
    private final SupervisionAgreementRepository agreements;
    private final SessionTaskContext session;
    private final RecordAccessPolicy access;
    private final SupervisionClock clock;
    private final UkDates dates;

    SessionHistoryContext(SessionRecordRepository records, SessionPostponementRepository postponements,
                          SessionFollowUpRepository followUps, SupervisionAgreementRepository agreements,
                          SessionTaskContext session, RecordAccessPolicy access, SupervisionClock clock, UkDates dates) {
        this.records = records;
        this.postponements = postponements;
        this.followUps = followUps;
        this.agreements = agreements;
        this.session = session;
        this.access = access;
        this.clock = clock;
        this.dates = dates;
    }

    TaskContext.View of(String userId, SupervisionSession held) {
        access.check(userId, held.getStaffId(), "session " + held.getId() + " and its record's state (follow-up)");
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Supervisee", session.name(held.getStaffId())));
        facts.add(fact("Supervisor", session.name(supervisorOf(held))));
        facts.add(fact("Supervision", held.getSupervisionType().label()));
        facts.add(fact("Due by", dates.day(held.getDueOn())
                + (held.isOverdueOn(clock.today()) ? ": not held by then" : "")));
        facts.add(fact("Now", Wording.session(held.getStatus())));
        facts.add(fact("Booked for", session.bookedFor(held)));
        postponements.findBySessionIdOrderByRecordedAtAsc(held.getId())
                .forEach(postponement -> facts.add(session.postponement(held, postponement)));
        if (held.getHeldOn() != null) {
            facts.add(fact("Held on", dates.day(held.getHeldOn()) + " with " + session.name(held.getHeldWith())));
        }
        records.latestOf(held.getId()).ifPresent(record -> facts.add(fact("Record", recordState(held, record))));

        List<FormItem.Fact> done = followUps.findBySessionIdOrderByFollowedAtAsc(held.getId()).stream()
                .map(followUp -> fact(reason(followUp.getReason()), followUp.getNotes(), true,
                        session.said(followUp.getFollowedBy(), followUp.getFollowedAt())))
                .toList();
        return new TaskContext.View("What happened with this session", facts, null, false,
                List.of(new TaskContext.Part("Already done", done.isEmpty() ? List.of(fact("Follow-ups so far", "None yet")) : done)));
    }

    /** Who gives this supervision: who booked or held it, else the agreement's supervisor for it. */
    private String supervisorOf(SupervisionSession held) {
        if (held.getHeldWith() != null) {
            return held.getHeldWith();
        }
        if (held.getBookedBy() != null) {
            return held.getBookedBy();
        }
        return agreements.findById(held.getAgreementId()).map(agreement -> held.getSupervisionType() == SupervisionType.MANAGEMENT
                ? agreement.getSupervisorId()
                : agreement.arrangementFor(held.getSupervisionType()).map(a -> a.getProviderId()).orElse(null)).orElse(null);
    }

    private String recordState(SupervisionSession held, SessionRecord record) {
        String version = "Version " + record.getRecordVersion() + ", written by " + session.name(record.getRecordedBy())
                + " on " + dates.day(record.getRecordedAt()) + ": ";
        String supervisee = session.name(held.getStaffId());
        return version + switch (record.getStatus()) {
            case AWAITING_CONFIRMATION -> "waiting for " + supervisee + " to confirm or dispute it";
            case CONFIRMED -> "confirmed by " + supervisee + " on " + dates.day(record.getSuperviseeConfirmedAt());
            case DISPUTED -> "disputed by " + supervisee + " on " + dates.day(record.getSuperviseeStatementAt())
                    + (record.getSupervisorStatement() == null ? "; the supervisor has not answered yet"
                    : "; kept with both statements, to discuss at the next session");
            case CORRECTED -> "corrected by a later version";
        };
    }

    private static String reason(SessionFollowUp.Reason reason) {
        return switch (reason) {
            case NOT_REBOOKED -> "Followed up: not re-booked in time";
            case RECORD_UNCONFIRMED_REMINDER -> "Reminded the supervisee to confirm the record";
            case RECORD_UNCONFIRMED_ESCALATION -> "Followed up: record still not confirmed";
        };
    }
}
