package org.supervision.workspace;

import static org.supervision.workspace.TaskContext.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.session.RecordContent;
import org.supervision.session.SessionPostponement;
import org.supervision.session.SessionPostponementRepository;
import org.supervision.session.RecordStatus;
import org.supervision.session.SessionRecord;
import org.supervision.session.SessionRecordRepository;
import org.supervision.session.SessionStatus;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.shared.StaffNames;
import org.supervision.staff.SupervisionType;
import org.supervision.shared.UkDates;
import org.springframework.stereotype.Component;

/**
 * What the tasks of one session show above their form: for booking and recording, whose
 * session it is, when it is due, what happened to earlier bookings and what the last session
 * kept for this one; for confirming, disputing and answering a dispute, the record in full
 * with the statements of every round of dispute. Every read is checked and logged by the
 * record-access policy first.
 */
@Component
class SessionTaskContext {

    private final SupervisionSessionRepository sessions;
    private final SessionRecordRepository records;
    private final SessionPostponementRepository postponements;
    private final RecordAccessPolicy access;
    private final StaffNames names;
    private final UkDates dates;
    private final ObservationTaskContext observations;

    SessionTaskContext(SupervisionSessionRepository sessions, SessionRecordRepository records,
                       SessionPostponementRepository postponements, RecordAccessPolicy access, StaffNames names,
                       UkDates dates, ObservationTaskContext observations) {
        this.observations = observations;
        this.sessions = sessions;
        this.records = records;
        this.postponements = postponements;
        this.access = access;
        this.names = names;
        this.dates = dates;
    }

    Optional<TaskContext.View> of(String userId, String formId, SupervisionSession session) {
        access.check(userId, session.getStaffId(), "session record " + session.getId());
        return switch (formId) {
            case "review-session-record" -> records.latestOf(session.getId()).map(record -> new TaskContext.View(
                    "The record you are asked to confirm", recordFacts(session, record), null, true, earlierDisputes(record)));
            case "answer-record-dispute" -> records.latestOf(session.getId()).map(record -> dispute(session, record));
            case "book-session" -> Optional.of(new TaskContext.View("The session you are booking", booking(session), null, true));
            case "record-session" -> Optional.of(new TaskContext.View("The session you are recording", recording(session), null, true));
            default -> Optional.empty();
        };
    }

    private TaskContext.View dispute(SupervisionSession session, SessionRecord record) {
        List<TaskContext.Part> parts = new ArrayList<>();
        parts.add(new TaskContext.Part("The supervisee's dispute", List.of(fact("Supervisee's statement",
                record.getSuperviseeStatement(), true, said(session.getStaffId(), record.getSuperviseeStatementAt())))));
        parts.addAll(earlierDisputes(record));
        return new TaskContext.View("The record and the supervisee's dispute", recordFacts(session, record), null, true, parts);
    }

    private List<FormItem.Fact> recordFacts(SupervisionSession session, SessionRecord record) {
        RecordContent content = record.content();
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Session held on", dates.day(session.getHeldOn())));
        facts.add(fact("Recorded by", name(record.getRecordedBy()) + " on " + dates.dateTime(record.getRecordedAt())));
        facts.add(fact("Record version", Integer.toString(record.getRecordVersion())));
        if (record.getCorrectionReason() != null) {
            facts.add(fact("Reason for the correction", record.getCorrectionReason(), true));
        }
        if (record.getCarriedForward() != null) {
            facts.add(fact("Carried forward from earlier records", record.getCarriedForward(), true));
        }
        facts.add(fact("Supportive: wellbeing, workload pressure, what helps", content.supportive(), true));
        facts.add(fact("Management: caseload, performance, policy and procedure", content.management(), true));
        facts.add(fact("Educational: reflection, learning and professional development", content.educational(), true));
        facts.add(fact("Mediation: the organisation, other agencies, resources", content.mediation(), true));
        facts.add(fact("Decisions", content.decisions(), true));
        facts.add(fact("Agreements", content.agreements(), true));
        facts.add(fact("Disagreements", content.disagreements(), true));
        facts.add(fact("Items for a future session", content.futureItems(), true));
        facts.add(fact("Items for the child's case record", content.caseRecordItems(), true));
        return facts;
    }

    /**
     * The rounds before this version: each earlier version was disputed, answered and corrected
     * (only a disputed version can be corrected), so each has both statements and a reason.
     */
    private List<TaskContext.Part> earlierDisputes(SessionRecord current) {
        List<SessionRecord> versions = records.findBySessionIdOrderByRecordVersionAsc(current.getSessionId());
        String superviseeId = sessions.findById(current.getSessionId()).map(SupervisionSession::getStaffId).orElse(null);
        List<TaskContext.Part> parts = new ArrayList<>();
        for (int i = 0; i + 1 < versions.size() && versions.get(i).getRecordVersion() < current.getRecordVersion(); i++) {
            SessionRecord earlier = versions.get(i);
            SessionRecord correction = versions.get(i + 1);
            parts.add(new TaskContext.Part("Earlier dispute: version " + earlier.getRecordVersion(), List.of(
                    fact("Supervisee's statement", earlier.getSuperviseeStatement(), true,
                            said(superviseeId, earlier.getSuperviseeStatementAt())),
                    fact("Supervisor's statement", earlier.getSupervisorStatement(), true,
                            said(correction.getRecordedBy(), earlier.getSupervisorStatementAt())),
                    fact("Corrected in version " + correction.getRecordVersion() + " because", correction.getCorrectionReason(), true,
                            said(correction.getRecordedBy(), correction.getRecordedAt())))));
        }
        return parts;
    }

    private List<FormItem.Fact> booking(SupervisionSession session) {
        List<FormItem.Fact> facts = whose(session);
        facts.addAll(lastSession(session));
        return facts;
    }

    private List<FormItem.Fact> recording(SupervisionSession session) {
        List<FormItem.Fact> facts = whose(session);
        facts.add(fact("Booked for", bookedFor(session)));
        List<SessionRecord> disputes = records.findDisputesToCarryForward(session.getStaffId(), session.getSupervisionType());
        if (disputes.isEmpty()) {
            facts.add(fact("Disputes about earlier records to discuss first", "None"));
        }
        for (SessionRecord dispute : disputes) {
            facts.add(fact("To discuss first: the disputed record of the session held on " + heldOn(dispute.getSessionId())
                            + (dispute.getStatus() == RecordStatus.CORRECTED ? " (since corrected by the supervisor)" : ""),
                    "The supervisee: " + dispute.getSuperviseeStatement() + "\nThe supervisor: "
                            + (dispute.getSupervisorStatement() == null ? "not answered yet" : dispute.getSupervisorStatement()),
                    true));
        }
        if (session.getSupervisionType() != SupervisionType.PEER && session.getSupervisionType() != SupervisionType.GROUP) {
            facts.addAll(observations.agenda(session.getStaffId(), this::name));
        }
        facts.addAll(lastSession(session));
        return facts;
    }

    /** Whose session, which supervision, when due, and what became of its earlier bookings. */
    private List<FormItem.Fact> whose(SupervisionSession session) {
        List<FormItem.Fact> facts = new ArrayList<>();
        facts.add(fact("Supervisee", name(session.getStaffId())));
        facts.add(fact("Supervision", session.getSupervisionType().label()));
        facts.add(fact("Due by", dates.day(session.getDueOn())));
        postponements.findBySessionIdOrderByRecordedAtAsc(session.getId())
                .forEach(postponement -> facts.add(postponement(session, postponement)));
        return facts;
    }

    /** What the last session held kept for a future one, from its current record. */
    private List<FormItem.Fact> lastSession(SupervisionSession session) {
        Optional<SupervisionSession> last = sessions.findByStaffIdOrderByDueOnAscIdAsc(session.getStaffId()).stream()
                .filter(earlier -> earlier.getSupervisionType() == session.getSupervisionType()
                        && earlier.getStatus() == SessionStatus.HELD && !earlier.getId().equals(session.getId()))
                .reduce((first, second) -> second);
        if (last.isEmpty()) {
            return List.of(fact("Last session", "None held yet"));
        }
        String futureItems = records.latestOf(last.get().getId()).map(record -> record.content().futureItems()).orElse(null);
        return List.of(fact("Last session held on", dates.day(last.get().getHeldOn())),
                fact("Items the last session kept for a future session", futureItems, true));
    }

    /** "Asked for by Nina Newton (the supervisee)", why, and whether it was re-booked in time. */
    FormItem.Fact postponement(SupervisionSession session, SessionPostponement postponement) {
        boolean bySupervisee = postponement.getRequestedBy() == SessionPostponement.RequestedBy.SUPERVISEE;
        String askedBy = bySupervisee ? name(session.getStaffId()) + " (the supervisee)"
                : name(postponement.getRecordedBy()) + " (the supervisor)";
        String rebooked = postponement.getRebookedAt() != null ? "Re-booked on " + dates.day(postponement.getRebookedAt())
                : "To be re-booked by " + dates.day(postponement.getRebookBy()) + ": not re-booked yet";
        String what = postponement.getKind() == SessionPostponement.Kind.CANCELLED ? "Cancelled" : "Postponed";
        return fact(what + " on " + dates.day(postponement.getRecordedAt()),
                "Booked for " + dates.dateTime(postponement.getPreviouslyStartsAt()) + ".\nAsked for by " + askedBy
                        + ": " + postponement.getReason() + "\n" + rebooked + ".", true);
    }

    String bookedFor(SupervisionSession session) {
        return session.getStartsAt() == null ? "Not booked"
                : dates.dateTime(session.getStartsAt()) + ", " + session.getPlace();
    }

    private String heldOn(Long sessionId) {
        return sessions.findById(sessionId).map(held -> dates.day(held.getHeldOn())).orElse("");
    }

    /** Who said it, and when: "Nina Newton, 1 December 2026 at 09:00". */
    String said(String userId, java.time.Instant at) {
        return at == null ? null : name(userId) + ", " + dates.dateTime(at);
    }

    String name(String userId) {
        return userId == null ? "" : names.nameOf(userId).orElse(userId);
    }
}
