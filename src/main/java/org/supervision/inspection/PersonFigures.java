package org.supervision.inspection;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.supervision.staff.StaffMember;

/** One person's counts in the pack's period: the summary's table and people.csv. */
record PersonFigures(StaffMember person, long onTime, long late, long missed, long notYetDue, long observationsDone,
                     long observationsPlanned) {

    static List<PersonFigures> of(List<StaffMember> people, SupervisionLog.Entries period) {
        Map<String, List<SupervisionLog.SessionEntry>> sessions = period.sessions().stream()
                .collect(Collectors.groupingBy(entry -> entry.person().getId()));
        Map<String, List<SupervisionLog.ObservationEntry>> observations = period.observations().stream()
                .collect(Collectors.groupingBy(entry -> entry.person().getId()));
        return people.stream().map(person -> of(person, sessions.getOrDefault(person.getId(), List.of()),
                observations.getOrDefault(person.getId(), List.of()))).toList();
    }

    private static PersonFigures of(StaffMember person, List<SupervisionLog.SessionEntry> sessions,
                                    List<SupervisionLog.ObservationEntry> observations) {
        return new PersonFigures(person, count(sessions, SessionOutcome.HELD_ON_TIME), count(sessions, SessionOutcome.HELD_LATE),
                count(sessions, SessionOutcome.MISSED), count(sessions, SessionOutcome.NOT_YET_DUE),
                observations.stream().filter(SupervisionLog.ObservationEntry::done).count(), observations.size());
    }

    private static long count(List<SupervisionLog.SessionEntry> sessions, SessionOutcome outcome) {
        return sessions.stream().filter(entry -> entry.outcome() == outcome).count();
    }
}
