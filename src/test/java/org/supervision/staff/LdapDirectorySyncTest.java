package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerSnapshot;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supervision.shared.SupervisionClock;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;

/**
 * The staff directory from a real LDAP server: UnboundID's in-memory server (the one Spring's
 * embedded LDAP uses) on a random port, loaded with an Active-Directory-like tree
 * ({@link LdapTestDirectory}), and the whole application reading it. Each test starts from
 * that tree; the directory in the database keeps what earlier tests synced, as a real one would.
 * Also on PostgreSQL: the all-or-nothing import, the leavers and the sync's lock and reports
 * are SQL and transactions that must hold on the production database too.
 */
@IntegrationTest
@AlsoOnPostgres
class LdapDirectorySyncTest {

    static final String STAFF = LdapTestDirectory.STAFF;
    static final String ADMIN_PASSWORD = "test-admin-password";

    static final InMemoryDirectoryServer LDAP = LdapTestDirectory.start();
    static final InMemoryDirectoryServerSnapshot TREE = LDAP.createSnapshot();

    @LocalServerPort int port;
    @Autowired LdapDirectorySync sync;
    @Autowired ScheduledLdapSync scheduled;
    @Autowired StaffMemberRepository staff;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired SupervisionClock clock;
    @Autowired List<ScheduledTaskHolder> schedulers;
    @Autowired ObjectMapper json;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        LdapTestDirectory.settings(LDAP, "0 45 0 * * *").forEach((name, value) -> properties.add(name, () -> value));
    }

    @BeforeEach
    void onTheDemoDate() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
    }

    @AfterEach
    void backToTheTree() throws Exception {
        LDAP.restoreSnapshot(TREE);
        // as if the scheduled sync's lock had run out: the next test may sync at once
        jdbc.update("update shedlock set lock_until = locked_at where name = ?", LdapDirectorySync.LOCK);
    }

    @AfterAll
    static void stop() {
        LDAP.shutDown(true);
    }

    @Test
    void theFirstSyncBringsInTheStaffWithTheirLineManagersCategoriesAndRoles() {
        LdapSyncReport report = sync.syncNow("test").orElseThrow();

        assertThat(report.outcome()).isEqualTo(LdapSyncReport.Outcome.ACCEPTED);
        assertThat(report.entriesRead()).isEqualTo(7);
        StaffMember worker = staff.findById("LDW1").orElseThrow();
        assertThat(worker.getFullName()).isEqualTo("Sam Worker");
        assertThat(worker.getEmail()).isEqualTo("sam.worker@ldap.example.org");
        assertThat(worker.getLineManagerId()).as("manager DN written in another case and spacing").isEqualTo("LDT1");
        assertThat(worker.getCategory()).isEqualTo(StaffCategory.SOCIAL_WORKER);
        assertThat(worker.getStartDate()).as("whenCreated").isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(worker.getHoursPerWeek()).isEqualByComparingTo("37");
        assertThat(staff.findById("LDT1").orElseThrow().getLineManagerId()).isEqualTo("LDH1");
        assertThat(staff.findById("LDH1").orElseThrow().getLineManagerId()).isNull();
        assertThat(staff.findById("LDT1").orElseThrow().getCategory()).isEqualTo(StaffCategory.MANAGER);
        assertThat(staff.findById("LDW2").orElseThrow().getCategory()).isEqualTo(StaffCategory.ADVANCED_PRACTITIONER);
        assertThat(staff.findById("LDW3").orElseThrow().getCategory()).as("employeeType 'Peer Worker'").isEqualTo(StaffCategory.PEER_WORKER);
        StaffMember hr = staff.findById("LDR1").orElseThrow();
        assertThat(hr.getCategory()).isEqualTo(StaffCategory.OTHER_STAFF);
        assertThat(hr.getRoles()).containsExactly(StaffRole.HR);
        assertThat(staff.findById("LDX1")).as("a disabled account never in the directory is not brought in").isEmpty();
        assertThat(groupsOf("LDR1")).containsExactlyInAnyOrder("staff", "hr");
        assertThat(groupsOf("LDT1")).contains("staff", "managers");
        assertThat(identity.createUserQuery().userId("LDW1").singleResult().getEmail()).isEqualTo("sam.worker@ldap.example.org");

        LdapSyncReport again = sync.syncNow("test").orElseThrow();

        assertThat(again.outcome()).isEqualTo(LdapSyncReport.Outcome.ACCEPTED);
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).as("a second sync changes nothing")
                .containsExactly(0, 0, 6);
    }

    @Test
    void aChangeOfManagerInTheDirectoryMovesThemAtTheNextSyncRunThroughTheApi() throws Exception {
        sync.syncNow("test").orElseThrow();
        long auditBefore = auditEntries("LDW1");
        LDAP.modify("CN=Sam Worker," + STAFF, new Modification(ModificationType.REPLACE, "manager", "CN=Morgan Head," + STAFF));

        HttpResponse<String> answer = WebClient.basic(port, "admin", ADMIN_PASSWORD).post("/api/staff/ldap-sync", "application/json", "");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("triggeredBy").asText()).isEqualTo("admin");
        assertThat(staff.findById("LDW1").orElseThrow().getLineManagerId()).isEqualTo("LDH1");
        assertThat(jdbc.queryForList("select actor || ' ' || details from audit_log where record_type = 'StaffMember'"
                + " and record_id = 'LDW1' order by id desc", String.class).get(0))
                .as("audited as the CSV import is, naming who asked for the sync").startsWith("admin changed lineManagerId");
        assertThat(auditEntries("LDW1")).isGreaterThan(auditBefore);

        HttpResponse<String> last = WebClient.basic(port, "hbaker", "demo").get("/api/staff/ldap-sync");
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(json.readTree(last.body()).get("updated").asInt()).as("the last report, for HR too").isEqualTo(1);
        assertThat(WebClient.basic(port, "tnguyen", "demo").post("/api/staff/ldap-sync", "application/json", "").statusCode())
                .as("a supervisor may not").isEqualTo(403);
    }

    @Test
    void aDisabledAccountAndARemovedEntryLeaveAsACsvLeaverDoesAndComeBackWhenEnabledAgain() throws Exception {
        sync.syncNow("test").orElseThrow();
        LocalDate today = clock.today();
        LDAP.modify("CN=Priya Practitioner," + STAFF, new Modification(ModificationType.REPLACE, "userAccountControl", "66050"));
        LDAP.delete("CN=Jo Peer," + STAFF);

        LdapSyncReport report = sync.syncNow("test").orElseThrow();

        assertThat(report.outcome()).isEqualTo(LdapSyncReport.Outcome.ACCEPTED);
        assertThat(report.leavers()).containsExactlyInAnyOrder("LDW2", "LDW3");
        assertThat(staff.findById("LDW2").orElseThrow().getLeftOn()).as("disabled: leaves today").isEqualTo(today);
        assertThat(staff.findById("LDW3").orElseThrow().getLeftOn()).as("removed: leaves today").isEqualTo(today);
        assertThat(leavingProcesses("LDW2")).as("the leaver's processes end after today, as for a CSV leaver").isEqualTo(1);
        assertThat(leavingProcesses("LDW3")).isEqualTo(1);

        LDAP.restoreSnapshot(TREE); // both accounts back
        LdapSyncReport back = sync.syncNow("test").orElseThrow();

        assertThat(back.outcome()).isEqualTo(LdapSyncReport.Outcome.ACCEPTED);
        assertThat(staff.findById("LDW2").orElseThrow().getLeftOn()).as("the date the sync set is withdrawn").isNull();
        assertThat(staff.findById("LDW3").orElseThrow().getLeftOn()).isNull();
        assertThat(leavingProcesses("LDW2")).isZero();
    }

    @Test
    void anInvalidEntryRejectsTheWholeSyncNamingTheEntryAndTheAttributeAndStoresNothing() throws Exception {
        sync.syncNow("test").orElseThrow();
        long staffBefore = staff.count();
        LDAP.modify("CN=Alex Lead," + STAFF, new Modification(ModificationType.REPLACE, "givenName", "Alexandra"));
        LDAP.modify("CN=Morgan Head," + STAFF, new Modification(ModificationType.REPLACE, "manager", "CN=Sam Worker," + STAFF));
        LDAP.add("dn: CN=New Starter," + STAFF, "objectClass: user", "cn: New Starter", "givenName: New",
                "sn: Starter", "employeeID: LDN1", "employeeType: Wizard", "manager: CN=Alex Lead," + STAFF,
                "userAccountControl: 512", "whenCreated: 20261101090000.0Z");

        HttpResponse<String> answer = WebClient.basic(port, "admin", ADMIN_PASSWORD).post("/api/staff/ldap-sync", "application/json", "");

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.get("outcome").asText()).isEqualTo("REJECTED");
        List<String> problems = new ArrayList<>();
        report.get("problems").forEach(p -> problems.add(p.get("entry").asText() + " | " + p.get("attribute").asText()
                + " | " + p.get("message").asText()));
        assertThat(problems).contains(
                "CN=New Starter," + STAFF + " | mail | is required",
                "CN=New Starter," + STAFF + " | employeeType or memberOf | unknown value 'Wizard'; allowed: "
                        + "ASYE, SOCIAL_WORKER, EXPERIENCED_SOCIAL_WORKER, ADVANCED_PRACTITIONER, MANAGER, PEER_WORKER, OTHER_STAFF");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("CN=Morgan Head," + STAFF + " | manager | line management would form a cycle"));
        assertThat(staff.count()).as("nothing stored").isEqualTo(staffBefore);
        assertThat(staff.findById("LDT1").orElseThrow().getFirstName()).as("not even the valid change").isEqualTo("Alex");
        assertThat(staff.findById("LDH1").orElseThrow().getLineManagerId()).isNull();

        HttpResponse<String> last = WebClient.basic(port, "admin", ADMIN_PASSWORD).get("/api/staff/ldap-sync");
        assertThat(json.readTree(last.body()).get("outcome").asText()).as("the last report says so on every node").isEqualTo("REJECTED");
    }

    @Test
    void aDirectoryThatCannotBeReachedChangesNothingAndTheReportSaysSo() throws Exception {
        sync.syncNow("test").orElseThrow();
        long staffBefore = staff.count();
        LDAP.shutDown(false);
        try {
            HttpResponse<String> answer = WebClient.basic(port, "admin", ADMIN_PASSWORD).post("/api/staff/ldap-sync", "application/json", "");

            assertThat(answer.statusCode()).isEqualTo(502);
            JsonNode report = json.readTree(answer.body());
            assertThat(report.get("outcome").asText()).isEqualTo("FAILED");
            assertThat(report.get("message").asText()).startsWith("The directory could not be read, nothing was changed");
            assertThat(staff.count()).isEqualTo(staffBefore);
            assertThat(staff.findById("LDW1").orElseThrow().getLeftOn()).as("nobody leaves because the directory is down").isNull();
        } finally {
            LDAP.startListening();
        }
    }

    @Test
    void theScheduledSyncRunsOnTheConfiguredCronOncePerCluster() {
        assertThat(cronJobs()).contains(ScheduledLdapSync.class.getName() + ".run 0 45 0 * * *");
        jdbc.update("update shedlock set lock_until = locked_at where name = ?", LdapDirectorySync.LOCK);

        scheduled.run();

        assertThat(sync.syncNow("test")).as("a sync asked for while the scheduled one holds the lock waits for the next").isEmpty();
        assertThat(jdbc.queryForObject("select triggered_by from ldap_sync_run order by id desc fetch first 1 rows only", String.class))
                .isEqualTo("schedule");
        assertThat(staff.findById("LDW1")).isPresent();
    }

    private List<String> cronJobs() {
        List<String> jobs = new ArrayList<>();
        schedulers.forEach(holder -> holder.getScheduledTasks().forEach(task -> {
            if (task.getTask() instanceof CronTask cron) {
                jobs.add(cron + " " + cron.getExpression());
            }
        }));
        return jobs;
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private long leavingProcesses(String staffId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("staff-leaving").processInstanceBusinessKey(staffId).count();
    }

    private long auditEntries(String staffId) {
        return jdbc.queryForObject("select count(*) from audit_log where record_type = 'StaffMember' and record_id = ?",
                Long.class, staffId);
    }
}
