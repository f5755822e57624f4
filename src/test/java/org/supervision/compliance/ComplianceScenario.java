package org.supervision.compliance;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supervision.staff.StaffDirectoryImport;
import org.supervision.support.Fixtures;
import org.supervision.support.Teams;

/**
 * Compliance figures of a small area, by hand: Mia Manager (cmpmgr) line-manages two
 * supervisors, Alan Able (cmpsupa) and Bea Bright (cmpsupb). Alan supervises Amy and Leo,
 * who left on 10 February 2026; Max moved from Alan's team to Bea's on 1 February; Bea
 * supervises Ben. Their sessions, postponements, observations, agreements and records are
 * written as the processes leave them (due and held dates, states), so each figure can be
 * worked out on paper. Amy's agreement relies on Alan's weekly group casework (Ben is in it too,
 * without his agreement relying on it). Their appraisals of the last 12 months and the April
 * 2025 reviews of their learning and development plans are on time, late or not done, one
 * of each at least. Today is Friday 6 March 2026.
 */
class ComplianceScenario {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 6);
    private static boolean organised;

    private final StaffDirectoryImport directory;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    ComplianceScenario(StaffDirectoryImport directory, IdentityService identity, JdbcTemplate jdbc) {
        this.directory = directory;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** Brings the people and their dates in once per database (test classes share the application and its database). */
    synchronized void organise() {
        if (organised) {
            return;
        }
        // imported on a day after the demo's leaver Priya King left (30 June 2026): an import on the
        // scenario's day, when she was still employed, would start the lifecycle she never had
        Fixtures.today(LocalDate.of(2026, 11, 23));
        Teams.importTeam(directory, "rkhan", Teams.supervisor("cmpmgr", "Mia", "Manager"));
        Teams.importTeam(directory, "cmpmgr", Teams.supervisor("cmpsupa", "Alan", "Able"),
                Teams.supervisee("cmpamy", "Amy", "Adams", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)),
                Teams.supervisee("cmpleo", "Leo", "Lane", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)),
                Teams.supervisee("cmpmax", "Max", "Moore", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)));
        Teams.importTeam(directory, "cmpmgr", Teams.supervisor("cmpsupb", "Bea", "Bright"),
                Teams.supervisee("cmpben", "Ben", "Brown", "SOCIAL_WORKER", LocalDate.of(2024, 1, 8)));
        Teams.logins(identity, "demo", "cmpmgr", "cmpsupa", "cmpsupb");
        Fixtures.today(TODAY);
        // Leo's last working day; Max's move to Bea's team
        jdbc.update("update staff_member set left_on = ? where id = 'cmpleo'", LocalDate.of(2026, 2, 10));
        jdbc.update("update supervision_relationship set valid_to = ? where supervisee_id = 'cmpmax'", LocalDate.of(2026, 1, 31));
        jdbc.update("insert into supervision_relationship (supervisee_id, supervisor_id, type, valid_from) values"
                + " ('cmpmax', 'cmpsupb', 'MANAGEMENT', ?)", LocalDate.of(2026, 2, 1));
        jdbc.update("update staff_member set line_manager_id = 'cmpsupb' where id = 'cmpmax'");

        long amy = agreement("cmpamy", "cmpsupa", "2025-06-01");
        long leo = agreement("cmpleo", "cmpsupa", "2024-12-01"); // over 12 months old: not in date
        long max = agreement("cmpmax", "cmpsupa", "2025-09-01");
        long ben = agreement("cmpben", "cmpsupb", "2025-04-01");

        long amyJanuary = session("cmpamy", 1, amy, "2026-01-05", "2026-01-05", "HELD");   // on time
        long amyFebruary = session("cmpamy", 2, amy, "2026-02-02", "2026-02-04", "HELD"); // late
        session("cmpamy", 3, amy, "2026-03-02", null, "BOOKED");                          // missed
        postponement(amyFebruary, "SUPERVISEE", "2026-01-30");
        record(amyJanuary, "CONFIRMED", "2026-01-08");
        record(amyFebruary, "AWAITING_CONFIRMATION", null);
        jdbc.update("insert into direct_observation (staff_id, agreement_id, year_starts_on, sequence_in_year,"
                + " required_in_year, planned_by, status, held_on) values ('cmpamy', ?, ?, 1, 2, ?, 'SIGNED', ?)",
                amy, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 20));

        session("cmpleo", 1, leo, "2026-01-20", "2026-01-20", "HELD");  // on time
        session("cmpleo", 2, leo, "2026-02-03", null, "ENDED");         // due before he left, never held: missed
        session("cmpleo", 3, leo, "2026-02-17", null, "ENDED");         // due after he left: not counted

        session("cmpmax", 1, max, "2026-01-12", "2026-01-12", "HELD");  // in Alan's team
        session("cmpmax", 2, max, "2026-02-09", "2026-02-09", "HELD");  // in Bea's team
        session("cmpmax", 3, max, "2026-03-02", "2026-03-02", "HELD");

        session("cmpben", 1, ben, "2026-01-15", "2026-01-16", "HELD");  // late
        long benFebruary = session("cmpben", 2, ben, "2026-02-16", null, "POSTPONED"); // missed
        postponement(benFebruary, "SUPERVISOR", "2026-02-12");

        // Amy's agreement relies on Alan's weekly group casework, of which Ben is a member too (his agreement does not);
        // three sessions recorded in the period, Amy at two of them; one before the period does not count
        long group = groupCasework();
        jdbc.update("update supervision_agreement set group_casework_supervision = true, group_casework_group_id = ? where id = ?",
                group, amy);
        groupSession(group, "2025-11-26", true);
        groupSession(group, "2026-01-07", true);
        groupSession(group, "2026-01-14", false);
        groupSession(group, "2026-01-21", true);

        // appraisals of the last 12 months: the end-of-year one due by 31 March 2025, the mid-year one by 30 September 2025
        appraisal("cmpamy", "END_OF_YEAR", 2025, "COMPLETED", "2025-03-27"); // on time
        appraisal("cmpamy", "MID_YEAR", 2025, "COMPLETED", "2025-10-08");    // late
        appraisal("cmpleo", "MID_YEAR", 2025, "ENDED_ON_LEAVING", null);     // due months before he left: not completed
        appraisal("cmpmax", "MID_YEAR", 2025, "COMPLETED", "2025-09-24");    // on time
        appraisal("cmpben", "MID_YEAR", 2025, "MODERATION", null);           // not completed
        // learning and development plans agreed in March 2024, each reviewed by 30 April 2025
        learningPlan("cmpamy", "2025-04-24"); // on time
        learningPlan("cmpleo", "2025-04-16"); // on time
        learningPlan("cmpmax", "2025-05-14"); // late
        learningPlan("cmpben", null);         // not held
        organised = true;
    }

    private long agreement(String staffId, String supervisorId, String signedOn) {
        jdbc.update("insert into supervision_agreement (staff_id, supervisor_id, status, agreement_version, frequency_days,"
                + " signed_at) values (?, ?, 'SIGNED', 900, 28, ?)", staffId, supervisorId, noon(signedOn));
        return jdbc.queryForObject("select id from supervision_agreement where staff_id = ? and agreement_version = 900",
                Long.class, staffId);
    }

    private long session(String staffId, int number, long agreementId, String dueOn, String heldOn, String status) {
        jdbc.update("insert into supervision_session (staff_id, supervision_type, sequence_number, agreement_id, due_on,"
                + " status, held_on) values (?, 'MANAGEMENT', ?, ?, ?, ?, ?)", staffId, 900 + number, agreementId,
                LocalDate.parse(dueOn), status, heldOn == null ? null : LocalDate.parse(heldOn));
        return jdbc.queryForObject("select id from supervision_session where staff_id = ? and sequence_number = ?",
                Long.class, staffId, 900 + number);
    }

    private long groupCasework() {
        jdbc.update("insert into supervision_group (name, kind, meets, facilitator_id, first_session_on, set_up_by, set_up_at)"
                + " values ('Alan''s group casework', 'GROUP_CASEWORK', 'WEEKLY', 'cmpsupa', ?, 'cmpsupa', ?)",
                LocalDate.of(2025, 11, 26), noon("2025-11-20"));
        long group = jdbc.queryForObject("select id from supervision_group where name = 'Alan''s group casework'", Long.class);
        for (String member : new String[] {"cmpamy", "cmpben"}) {
            jdbc.update("insert into supervision_group_member (group_id, staff_id) values (?, ?)", group, member);
        }
        return group;
    }

    /** A group session held and recorded, Amy marked as there or not, Ben always there. */
    private void groupSession(long group, String heldOn, boolean amyAttended) {
        jdbc.update("insert into group_session (group_id, due_on, status, held_on, recorded_by, recorded_at)"
                + " values (?, ?, 'RECORDED', ?, 'cmpsupa', ?)", group, LocalDate.parse(heldOn), LocalDate.parse(heldOn), noon(heldOn));
        long session = jdbc.queryForObject("select id from group_session where group_id = ? and held_on = ?", Long.class,
                group, LocalDate.parse(heldOn));
        for (String member : new String[] {"cmpamy", "cmpben"}) {
            jdbc.update("insert into group_session_member (group_session_id, staff_id, attended, recorded_by, recorded_at)"
                    + " values (?, ?, ?, 'cmpsupa', ?)", session, member, !member.equals("cmpamy") || amyAttended, noon(heldOn));
        }
    }

    /** An appraisal as the cycle leaves it; its id from the appraisals' sequence, as the product takes them. */
    private void appraisal(String staffId, String period, int year, String status, String completedOn) {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        long id = jdbc.queryForObject(postgres ? "select nextval('appraisal_seq')" : "select next value for appraisal_seq",
                Long.class);
        LocalDate launched = LocalDate.of(year, period.equals("MID_YEAR") ? 9 : 3, 1);
        jdbc.update("insert into appraisal (id, staff_id, period, appraisal_year, status, launched_at, completed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, staffId, period, year, status, noon(launched.toString()),
                completedOn == null ? null : noon(completedOn));
    }

    /** A plan agreed on 20 March 2024 and its annual review of April 2025, if held. */
    private void learningPlan(String staffId, String reviewedOn) {
        LocalDate agreed = LocalDate.of(2024, 3, 20);
        if (jdbc.update("update learning_plan set agreed_on = ?, agreed_by = 'cmpsupa' where staff_id = ?", agreed, staffId) == 0) {
            jdbc.update("insert into learning_plan (staff_id, due_on, agreed_on, agreed_by) values (?, ?, ?, 'cmpsupa')",
                    staffId, LocalDate.of(2024, 4, 8), agreed);
        }
        if (reviewedOn != null) {
            jdbc.update("insert into learning_plan_review (plan_id, kind, held_on, recorded_by, supervisee_agreed)"
                    + " select id, 'ANNUAL_REVIEW', ?, 'cmpsupa', true from learning_plan where staff_id = ?",
                    LocalDate.parse(reviewedOn), staffId);
        }
    }

    private void postponement(long sessionId, String requestedBy, String recordedOn) {
        jdbc.update("insert into session_postponement (session_id, kind, requested_by, reason, previously_starts_at,"
                + " recorded_by, recorded_at, rebook_by) values (?, 'POSTPONED', ?, 'not shown', ?, 'cmpsupa', ?, ?)",
                sessionId, requestedBy, noon(recordedOn), noon(recordedOn), LocalDate.parse(recordedOn).plusDays(7));
    }

    private void record(long sessionId, String status, String confirmedOn) {
        jdbc.update("insert into session_record (session_id, record_version, supportive, management, educational, mediation,"
                + " decisions, agreements, recorded_by, recorded_at, status, supervisee_confirmed_at)"
                + " values (?, 1, 's', 'm', 'e', 'm', 'd', 'a', 'cmpsupa', ?, ?, ?)",
                sessionId, noon("2026-01-05"), status, confirmedOn == null ? null : noon(confirmedOn));
    }

    private static Timestamp noon(String day) {
        return Timestamp.valueOf(LocalDate.parse(day).atTime(12, 0));
    }
}
