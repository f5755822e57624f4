package org.supervision.support;

import java.io.StringReader;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.supervision.staff.StaffDirectoryImport;

/**
 * People of a test's own, imported as HR would through the staff directory's CSV. Test
 * classes share one database (one Spring context per configuration, on H2 and on
 * PostgreSQL alike), so a test that needs people in a known state brings its own rather than
 * changing the demo organisation's for the tests after it.
 */
public final class Teams {

    /** Someone to import; e-mail {@code <id>@example.org}, full time. */
    public record Person(String id, String firstName, String lastName, String category, LocalDate started) {
    }

    private Teams() {
    }

    /** A team manager since 2015, line-managed by Ruth Khan (rkhan) of the demo organisation. */
    public static Person supervisor(String id, String firstName, String lastName) {
        return new Person(id, firstName, lastName, "MANAGER", LocalDate.of(2015, 1, 5));
    }

    public static Person supervisee(String id, String firstName, String lastName, String category, LocalDate started) {
        return new Person(id, firstName, lastName, category, started);
    }

    /**
     * Imports the supervisor and their supervisees, each line-managed by the supervisor and in
     * management supervision with them from the day they started.
     */
    public static void importTeam(StaffDirectoryImport directory, Person supervisor, Person... supervisees) {
        importTeam(directory, "rkhan", supervisor, supervisees);
    }

    /** As {@link #importTeam(StaffDirectoryImport, Person, Person...)}, the supervisor line-managed by {@code lineManagerId}. */
    public static void importTeam(StaffDirectoryImport directory, String lineManagerId, Person supervisor, Person... supervisees) {
        StringBuilder staff = new StringBuilder("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n").append(row(supervisor, lineManagerId));
        StringBuilder supervision = new StringBuilder("supervisee_id,supervisor_id,type,valid_from,valid_to\n");
        for (Person supervisee : supervisees) {
            staff.append(row(supervisee, supervisor.id()));
            supervision.append(supervisee.id()).append(',').append(supervisor.id()).append(",MANAGEMENT,")
                    .append(supervisee.started()).append(",\n");
        }
        directory.importStaff(new StringReader(staff.toString()));
        // the import refuses a file without rows: a manager with nobody to supervise brings none
        if (supervisees.length > 0) {
            directory.importSupervision(new StringReader(supervision.toString()));
        }
    }

    /**
     * Imports someone in HR (the directory's HR role, so the HR group and its pages), line-managed
     * by Diane Morgan (dmorgan) of the demo organisation.
     */
    public static void importHr(StaffDirectoryImport directory, Person person) {
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n" + row(person, "dmorgan", "HR")));
    }

    /** Lets imported people log in with the password (the import creates their users without one). */
    public static void logins(IdentityService identity, String password, String... userIds) {
        for (String id : userIds) {
            User user = identity.createUserQuery().userId(id).singleResult();
            user.setPassword(password);
            identity.saveUser(user);
        }
    }

    private static String row(Person person, String lineManager) {
        return row(person, lineManager, "");
    }

    private static String row(Person person, String lineManager, String roles) {
        return String.join(",", person.id(), person.firstName(), person.lastName(), person.id() + "@example.org",
                person.category(), person.started().toString(), "37", lineManager, roles, "") + "\n";
    }
}
