package org.supervision.inspection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supervision.compliance.Period;
import org.supervision.compliance.SessionJudgement;
import org.supervision.observation.DirectObservation;
import org.supervision.observation.DirectObservationRepository;
import org.supervision.session.SessionPostponement;
import org.supervision.session.SessionPostponementRepository;
import org.supervision.session.SessionStatus;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.shared.StaffNames;
import org.supervision.staff.StaffMember;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's supervision in a period as an inspector reads it: which sessions fell due,
 * when they were held and with whom, late or missed, who asked for each postponement, and the
 * direct observations. Dates, names and counts only: no session's record, no postponement's
 * reason (both are typed by people and may carry personal detail), nothing observed.
 */
@Component
class SupervisionLog {

    /** One session due (or held) in the period. */
    record SessionEntry(StaffMember person, String supervisorName, String type, LocalDate dueBy, LocalDate heldOn,
                        SessionOutcome outcome, long daysLate, int postponedBySupervisor, int postponedBySupervisee) {
    }

    /**
     * One direct observation planned (or held) in the period; {@code done} as the policy counts
     * it: observed, its feedback discussed at a session and signed by both.
     */
    record ObservationEntry(StaffMember person, String observerName, LocalDate yearStartsOn, int number, int requiredInYear,
                            LocalDate plannedBy, LocalDate heldOn, boolean done) {
    }

    record Entries(List<SessionEntry> sessions, List<ObservationEntry> observations) {

        long count(SessionOutcome outcome) {
            return sessions.stream().filter(entry -> entry.outcome() == outcome).count();
        }

        long observationsDone() {
            return observations.stream().filter(ObservationEntry::done).count();
        }

        /** Observations whose plan-by date fell in the period: what was required of it. */
        long observationsDue(LocalDate asOf) {
            return observations.stream().filter(entry -> !entry.plannedBy().isAfter(asOf)).count();
        }
    }

    private final SupervisionSessionRepository sessions;
    private final SessionPostponementRepository postponements;
    private final DirectObservationRepository observations;
    private final StaffNames names;
    private final SessionJudgement judgement;

    SupervisionLog(SupervisionSessionRepository sessions, SessionPostponementRepository postponements,
                   DirectObservationRepository observations, StaffNames names, SessionJudgement judgement) {
        this.judgement = judgement;
        this.sessions = sessions;
        this.postponements = postponements;
        this.observations = observations;
        this.names = names;
    }

    /**
     * The sessions that count in the period, judged as the compliance figures judge them (the
     * tolerance, the period a session belongs to, a session ended because the person left), and
     * the observations planned or held in it.
     */
    @Transactional(readOnly = true)
    Entries of(List<StaffMember> people, Period period) {
        Map<String, StaffMember> byId = people.stream().collect(Collectors.toMap(StaffMember::getId, Function.identity()));
        Map<SupervisionSession, SessionOutcome> inPeriod = new LinkedHashMap<>();
        for (SupervisionSession session : sessions.findByStaffIdInOrderByDueOnAscIdAsc(byId.keySet())) {
            // group sessions have their own register; the figures count 1:1 supervision only
            if (session.getSupervisionType() == SupervisionType.GROUP) {
                continue;
            }
            SessionJudgement.Outcome judged = judgement.of(session.getDueOn(), session.getHeldOn(),
                    session.getStatus() == SessionStatus.ENDED, byId.get(session.getStaffId()).getLeftOn(), period);
            if (judged != SessionJudgement.Outcome.OTHER_PERIOD) {
                inPeriod.put(session, SessionOutcome.of(judged));
            }
        }
        Map<Long, List<SessionPostponement>> postponed = postponementsOf(inPeriod.keySet());
        List<SessionEntry> sessionEntries = new ArrayList<>();
        inPeriod.forEach((session, outcome) -> {
            List<SessionPostponement> asked = postponed.getOrDefault(session.getId(), List.of());
            sessionEntries.add(new SessionEntry(byId.get(session.getStaffId()), supervisorOf(session),
                    session.getSupervisionType().label(), session.getDueOn(), session.getHeldOn(), outcome,
                    outcome == SessionOutcome.HELD_LATE ? daysLate(session) : 0,
                    count(asked, SessionPostponement.RequestedBy.SUPERVISOR),
                    count(asked, SessionPostponement.RequestedBy.SUPERVISEE)));
        });
        LocalDate from = period.from();
        LocalDate to = period.to();
        List<ObservationEntry> observationEntries = new ArrayList<>();
        for (StaffMember person : people) {
            for (DirectObservation observation : observations.findByStaffIdOrderByYearStartsOnAscSequenceInYearAsc(person.getId())) {
                if (within(observation.getPlannedBy(), from, to) || within(observation.getHeldOn(), from, to)) {
                    observationEntries.add(new ObservationEntry(person, nameOf(observation.getObserverId()),
                            observation.getYearStartsOn(), observation.getSequenceInYear(), observation.getRequiredInYear(),
                            observation.getPlannedBy(), observation.getHeldOn(), observation.getStatus().done()));
                }
            }
        }
        sessionEntries.sort(java.util.Comparator.comparing((SessionEntry entry) -> entry.person().getLastName())
                .thenComparing(entry -> entry.person().getFirstName()).thenComparing(SessionEntry::dueBy));
        return new Entries(sessionEntries, observationEntries);
    }

    private static long daysLate(SupervisionSession session) {
        return ChronoUnit.DAYS.between(session.getDueOn(), session.getHeldOn());
    }

    private Map<Long, List<SessionPostponement>> postponementsOf(Collection<SupervisionSession> inPeriod) {
        List<Long> ids = inPeriod.stream().map(SupervisionSession::getId).toList();
        return ids.isEmpty() ? Map.of() : postponements.findBySessionIdInOrderByRecordedAtAsc(ids).stream()
                .collect(Collectors.groupingBy(SessionPostponement::getSessionId));
    }

    private static int count(List<SessionPostponement> asked, SessionPostponement.RequestedBy by) {
        return (int) asked.stream().filter(postponement -> postponement.getRequestedBy() == by).count();
    }

    private String supervisorOf(SupervisionSession session) {
        String supervisor = session.getHeldWith() != null ? session.getHeldWith() : session.getBookedBy();
        return supervisor == null ? "" : nameOf(supervisor);
    }

    private String nameOf(String staffId) {
        return staffId == null ? "" : names.nameOf(staffId).orElse(staffId);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
