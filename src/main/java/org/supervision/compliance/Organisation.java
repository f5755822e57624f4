package org.supervision.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.staff.LineOfManagement;

/**
 * The staff directory as the compliance figures need it, read in two queries: who reports to
 * whom (line management, as it is now, walked by the {@link LineOfManagement} the inspection
 * pack and task hand-overs walk too) and who supervises whom (1:1 management supervision, with
 * its dates, so that a month's team is the one of that month).
 */
final class Organisation {

    record Person(String id, String name, String lastName, String lineManagerId, LocalDate startDate, LocalDate leftOn) {

        /** Employed at some time in the period. */
        boolean activeIn(Period period) {
            return !startDate.isAfter(period.to()) && (leftOn == null || !leftOn.isBefore(period.from()));
        }

        /** The day whose team counts for the period: its last day, or the day they left. */
        LocalDate placedOn(Period period) {
            return leftOn != null && leftOn.isBefore(period.asOf()) ? leftOn : period.asOf();
        }
    }

    private record Supervision(String superviseeId, String supervisorId, String type, LocalDate from, LocalDate to) {

        boolean validOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, List<Supervision>> supervisionOf = new HashMap<>();
    private LineOfManagement lineOfManagement;

    static Organisation read(JdbcTemplate jdbc) {
        Organisation organisation = new Organisation();
        List<Person> rows = new ArrayList<>();
        jdbc.query("select id, first_name, last_name, line_manager_id, start_date, left_on from staff_member", rs -> {
            java.sql.Date left = rs.getDate("left_on");
            Person person = new Person(rs.getString("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                    rs.getString("last_name"), rs.getString("line_manager_id"), rs.getDate("start_date").toLocalDate(),
                    left == null ? null : left.toLocalDate());
            organisation.people.put(person.id(), person);
            rows.add(person);
        });
        organisation.lineOfManagement = LineOfManagement.of(rows, Person::id, Person::lineManagerId);
        jdbc.query("select supervisee_id, supervisor_id, type, valid_from, valid_to from supervision_relationship", rs -> {
            java.sql.Date to = rs.getDate("valid_to");
            Supervision supervision = new Supervision(rs.getString("supervisee_id"), rs.getString("supervisor_id"),
                    rs.getString("type"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
            organisation.supervisionOf.computeIfAbsent(supervision.superviseeId(), id -> new ArrayList<>()).add(supervision);
        });
        return organisation;
    }

    Person person(String id) {
        return people.get(id);
    }

    boolean exists(String id) {
        return people.containsKey(id);
    }

    String name(String id) {
        Person person = people.get(id);
        return person == null ? id : person.name();
    }

    /** Everyone in the organisation employed in the period. */
    List<Person> everyone(Period period) {
        return people.values().stream().filter(p -> p.activeIn(period)).toList();
    }

    /** Everyone below this person in line management (not the person), at any depth. */
    Set<String> below(String managerId) {
        return lineOfManagement.below(managerId);
    }

    boolean hasReports(String id) {
        return lineOfManagement.hasReports(id);
    }

    List<Person> directReports(String managerId, Period period) {
        return lineOfManagement.directReports(managerId).stream().map(people::get)
                .filter(p -> p.activeIn(period)).sorted(byName()).toList();
    }

    /** People at the top of the line: nobody above them. */
    List<Person> tops(Period period) {
        return people.values().stream().filter(p -> p.lineManagerId() == null && p.activeIn(period)).sorted(byName()).toList();
    }

    /** The line managers above the person, nearest first. */
    List<String> line(String id) {
        return lineOfManagement.above(id);
    }

    /** The person's 1:1 management supervisor on that day, or null. */
    String supervisorOn(String superviseeId, LocalDate day) {
        return supervisionOf.getOrDefault(superviseeId, List.of()).stream()
                .filter(s -> "MANAGEMENT".equals(s.type()) && s.validOn(day))
                .map(Supervision::supervisorId).findFirst().orElse(null);
    }

    /** Does this person supervise the other (any type) on that day? */
    boolean supervises(String supervisorId, String superviseeId, LocalDate day) {
        return supervisionOf.getOrDefault(superviseeId, List.of()).stream()
                .anyMatch(s -> s.supervisorId().equals(supervisorId) && s.validOn(day));
    }

    /** The people of a supervisor's team for the period: those whose management supervisor they were on the day that counts. */
    List<Person> team(String supervisorId, Period period) {
        return teams(period).getOrDefault(supervisorId, List.of());
    }

    /** Every team of the period at once, by supervisor, each sorted by name: one pass over everyone. */
    Map<String, List<Person>> teams(Period period) {
        Map<String, List<Person>> teams = new HashMap<>();
        for (Person p : everyone(period)) {
            String supervisor = supervisorOn(p.id(), p.placedOn(period));
            if (supervisor != null) {
                teams.computeIfAbsent(supervisor, id -> new ArrayList<>()).add(p);
            }
        }
        teams.values().forEach(team -> team.sort(byName()));
        return teams;
    }

    private static Comparator<Person> byName() {
        return Comparator.comparing(Person::lastName).thenComparing(Person::name);
    }
}
