package org.supervision.learning;

import java.io.StringReader;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.supervision.staff.StaffDirectoryImport;

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
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + "lsup" + suffix + ",Lee,Sup" + suffix + ",lsup" + suffix + "@example.org,MANAGER,2015-01-05,37,rkhan,,\n"
                + "lsw" + suffix + ",Lou,Worker" + suffix + ",lsw" + suffix + "@example.org," + category + "," + joined
                + ",37,lsup" + suffix + ",,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "lsw" + suffix + ",lsup" + suffix + ",MANAGEMENT," + joined + ",\n"));
        login("lsup" + suffix);
        login("lsw" + suffix);
    }

    /** The supervisor receives management supervision from Ruth Khan. */
    void supervisorSupervised(String suffix, LocalDate from) {
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "lsup" + suffix + ",rkhan,MANAGEMENT," + from + ",\n"));
    }

    private void login(String id) {
        User user = identity.createUserQuery().userId(id).singleResult();
        user.setPassword("demo");
        identity.saveUser(user);
    }
}
