package org.supervision.learning;

import java.io.StringReader;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Teams;

/**
 * Fresh staff per test (the Spring context and its database are shared between test
 * classes): supervisor {@code lsup<suffix>}, line-managed by Ruth Khan (rkhan, whose own line
 * manager is the director dmorgan), and supervisee {@code lsw<suffix>} who joins on the
 * given day. Both log in with the demo password.
 */
final class LearningTeams {

    private final StaffDirectoryImport directory;
    private final IdentityService identity;

    LearningTeams(StaffDirectoryImport directory, IdentityService identity) {
        this.directory = directory;
        this.identity = identity;
    }

    void team(String suffix, String category, LocalDate joined) {
        Teams.importTeam(directory, Teams.supervisor("lsup" + suffix, "Lee", "Sup" + suffix),
                Teams.supervisee("lsw" + suffix, "Lou", "Worker" + suffix, category, joined));
        Teams.logins(identity, "demo", "lsup" + suffix, "lsw" + suffix);
    }

    /** The supervisor receives management supervision from Ruth Khan. */
    void supervisorSupervised(String suffix, LocalDate from) {
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "lsup" + suffix + ",rkhan,MANAGEMENT," + from + ",\n"));
    }
}
