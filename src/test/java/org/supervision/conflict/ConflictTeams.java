package org.supervision.conflict;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import java.util.Map;
import org.supervision.staff.StaffDirectoryImport;

/**
 * A fresh supervisor and supervisee per test, so that cases of one test never meet the
 * "one open case per relationship" rule of another. The supervisor's line manager is
 * Ruth Khan (rkhan) of the demo organisation.
 */
final class ConflictTeams {

    private final StaffDirectoryImport directory;

    ConflictTeams(StaffDirectoryImport directory) {
        this.directory = directory;
    }

    /** Imports {@code sup<suffix>} (manager) and {@code sw<suffix>} (supervisee). */
    void team(String suffix) {
        importTeam(suffix);
    }

    /** A team whose members can log in with the demo password, for tests over HTTP. */
    void teamWithLogins(String suffix, IdentityService identity, String password) {
        importTeam(suffix);
        for (String id : List.of("sup" + suffix, "sw" + suffix)) {
            User user = identity.createUserQuery().userId(id).singleResult();
            user.setPassword(password);
            identity.saveUser(user);
        }
    }

    private void importTeam(String suffix) {
        directory.importStaff(new StringReader("id,first_name,last_name,email,category,start_date,hours_per_week,"
                + "line_manager_id,roles,left_on\n"
                + "sup" + suffix + ",Sam,Sup" + suffix + ",sup" + suffix + "@example.org,MANAGER,2015-01-05,37,rkhan,,\n"
                + "sw" + suffix + ",Sid,Worker" + suffix + ",sw" + suffix + "@example.org,SOCIAL_WORKER,2022-01-10,37,sup"
                + suffix + ",,\n"));
        directory.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "sw" + suffix + ",sup" + suffix + ",MANAGEMENT,2022-01-10,\n"));
    }

    static Map<String, Object> concern(String what) {
        Map<String, Object> form = new HashMap<>();
        form.put("supervisionType", "MANAGEMENT");
        form.put("concern", "QUANTITY");
        form.put("description", what);
        form.put("desiredOutcome", "Monthly sessions that actually happen");
        return form;
    }

    /** Raised by a supervisor about their supervisee. */
    static Map<String, Object> concernAbout(String superviseeId, String what) {
        Map<String, Object> form = concern(what);
        form.put("superviseeId", superviseeId);
        return form;
    }

    static Map<String, Object> concernOfType(String type) {
        Map<String, Object> form = concern("About my " + type.toLowerCase() + " supervision");
        form.put("supervisionType", type);
        return form;
    }

    static Map<String, Object> response(boolean referToThreeWay, boolean reviewAgreement) {
        Map<String, Object> form = new HashMap<>();
        form.put("meetingHeldOn", null);
        form.put("response", "I accept that three sessions were cancelled");
        form.put("proposedResolution", "Sessions fixed on the first Tuesday, protected in my diary");
        form.put("referToThreeWay", referToThreeWay);
        form.put("reviewAgreement", reviewAgreement);
        return form;
    }

    static Map<String, Object> answer(boolean resolved, String statement) {
        Map<String, Object> form = new HashMap<>();
        form.put("resolvedAnswer", resolved);
        form.put("statement", statement);
        return form;
    }
}
