package org.supervision.conflict;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Teams;

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
        Teams.importTeam(directory, Teams.supervisor("sup" + suffix, "Sam", "Sup" + suffix),
                Teams.supervisee("sw" + suffix, "Sid", "Worker" + suffix, "SOCIAL_WORKER", LocalDate.of(2022, 1, 10)));
    }

    /** A team whose members can log in with the password, for tests over HTTP. */
    void teamWithLogins(String suffix, IdentityService identity, String password) {
        team(suffix);
        Teams.logins(identity, password, "sup" + suffix, "sw" + suffix);
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
