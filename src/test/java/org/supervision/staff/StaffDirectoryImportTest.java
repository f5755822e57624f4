package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.supervision.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class StaffDirectoryImportTest {

    static final String HEADER = "id,first_name,last_name,email,category,start_date,hours_per_week,line_manager_id,roles,left_on\n";

    @Autowired StaffDirectoryImport directoryImport;
    @Autowired StaffMemberRepository staff;
    @Autowired SupervisionRelationshipRepository relationships;
    @Autowired IdentityService identity;

    @Test
    void aNewTeamIsImportedWithLoginsAndGroups() {
        ImportReport report = directoryImport.importStaff(new StringReader(HEADER
                + "ateamlead,Ada,Lead,ada.lead@example.org,MANAGER,2020-01-06,37,sahmed,,\n"
                + "ateamsw,Ben,Worker,ben.worker@example.org,SOCIAL_WORKER,2024-02-05,18.5,ateamlead,,\n"));
        directoryImport.importSupervision(new StringReader("supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                + "ateamsw,ateamlead,MANAGEMENT,2024-02-05,\n"));

        assertThat(report.created()).isEqualTo(2);
        StaffMember worker = staff.findById("ateamsw").orElseThrow();
        assertThat(worker.getLineManagerId()).isEqualTo("ateamlead");
        assertThat(worker.getHoursPerWeek()).isEqualByComparingTo("18.5");
        assertThat(identity.createUserQuery().userId("ateamsw").singleResult().getEmail()).isEqualTo("ben.worker@example.org");
        assertThat(groupsOf("ateamsw")).containsExactly("staff");
        assertThat(groupsOf("ateamlead")).containsExactlyInAnyOrder("staff", "supervisors", "managers");
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String file = HEADER + "bsame,Bea,Same,bea.same@example.org,OTHER_STAFF,2022-03-01,37,lwilson,,\n";
        directoryImport.importStaff(new StringReader(file));
        long version = versionOf("bsame");

        ImportReport again = directoryImport.importStaff(new StringReader(file));

        assertThat(again).isEqualTo(new ImportReport(0, 0, 1));
        assertThat(versionOf("bsame")).isEqualTo(version);
    }

    @Test
    void aLeaverIsDeactivatedNotDeletedAndLosesEveryGroup() {
        directoryImport.importStaff(new StringReader(HEADER
                + "cleaver,Cal,Leaver,cal.leaver@example.org,OTHER_STAFF,2019-01-01,37,,HR,\n"));
        assertThat(groupsOf("cleaver")).containsExactlyInAnyOrder("staff", "hr");

        ImportReport report = directoryImport.importStaff(new StringReader(HEADER
                + "cleaver,Cal,Leaver,cal.leaver@example.org,OTHER_STAFF,2019-01-01,37,,HR,2020-12-31\n"));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(staff.findById("cleaver")).get().extracting(StaffMember::getLeftOn).hasToString("2020-12-31");
        assertThat(identity.createUserQuery().userId("cleaver").count()).isEqualTo(1);
        assertThat(groupsOf("cleaver")).isEmpty();
    }

    @Test
    void everyBadLineIsReportedAndNothingIsImported() {
        long before = staff.count();
        String file = HEADER
                + "dgood,Dee,Good,dee.good@example.org,SOCIAL_WORKER,2024-01-01,37,pjones,,\n"
                + "dbad1,Dan,Bad,dan.bad@example.org,WIZARD,2024-01-01,37,pjones,,\n"
                + "dbad2,Dot,Bad,not-an-email,SOCIAL_WORKER,01/02/2024,37,pjones,,\n"
                + "dbad3,Dil,Bad,dee.good@example.org,SOCIAL_WORKER,2024-01-01,0,nobody,CHIEF,\n";

        assertThatThrownBy(() -> directoryImport.importStaff(new StringReader(file)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::toString)
                        .containsExactly(
                                "line 3, category: unknown value 'WIZARD'; allowed: ASYE, SOCIAL_WORKER, EXPERIENCED_SOCIAL_WORKER, ADVANCED_PRACTITIONER, MANAGER, PEER_WORKER, OTHER_STAFF",
                                "line 4, email: 'not-an-email' is not an email address",
                                "line 4, start_date: '01/02/2024' is not a date in the form YYYY-MM-DD",
                                "line 5, email: 'dee.good@example.org' is also used on line 2",
                                "line 5, hours_per_week: 0 is outside 0 < hours <= 60",
                                "line 5, roles: unknown role 'CHIEF'; allowed: HR, DIRECTOR, AUDITOR, ADMIN, LEARNING",
                                "line 5, line_manager_id: 'nobody' is neither in this file nor in the directory"));

        assertThat(staff.count()).isEqualTo(before);
        assertThat(staff.existsById("dgood")).isFalse();
        assertThat(identity.createUserQuery().userId("dgood").count()).isZero();
    }

    @Test
    void anEmailAlreadyUsedByAnotherMemberIsRefused() {
        assertThatThrownBy(() -> directoryImport.importStaff(new StringReader(HEADER
                + "eclone,Emily,Clone,Emily.Clark@demo-council.example,ASYE,2026-09-07,37,pjones,,\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems()).containsExactly(
                        new ImportProblem(2, "email", "'Emily.Clark@demo-council.example' already belongs to staff member eclark")));
        assertThat(staff.existsById("eclone")).isFalse();
    }

    @Test
    void aCycleInLineManagementIsRefusedAndTheDirectoryIsUnchanged() {
        String managerBefore = staff.findById("sahmed").orElseThrow().getLineManagerId();

        // sahmed's line manager is dmorgan; making dmorgan report to pjones (who reports to sahmed) closes a loop
        assertThatThrownBy(() -> directoryImport.importStaff(new StringReader(HEADER
                + "dmorgan,Diane,Morgan,diane.morgan@demo-council.example,MANAGER,2010-04-01,37,pjones,DIRECTOR,\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems()).containsExactly(
                        new ImportProblem(2, "line_manager_id",
                                "line management would form a cycle: dmorgan -> pjones -> sahmed -> dmorgan")));

        assertThat(staff.findById("dmorgan").orElseThrow().getLineManagerId()).isNull();
        assertThat(staff.findById("sahmed").orElseThrow().getLineManagerId()).isEqualTo(managerBefore);
    }

    @Test
    void aFileThatIsNotTheExpectedCsvIsRefusedWithTheMissingColumns() {
        assertThatThrownBy(() -> directoryImport.importStaff(new StringReader("name;email\nx;y\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems().get(0).message())
                        .startsWith("missing column(s) category, email, first_name"));
        assertThatThrownBy(() -> directoryImport.importStaff(new StringReader(HEADER + "fshort,Fay,Short\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .containsExactly(new ImportProblem(2, null, "has 3 values, the header has 10")));
    }

    @Test
    void supervisionRowsNamingUnknownStaffAreRefusedWithoutPartialImport() {
        long before = relationships.count();

        assertThatThrownBy(() -> directoryImport.importSupervision(new StringReader(
                "supervisee_id,supervisor_id,type,valid_from,valid_to\n"
                        + "kthomas,adavies,PROFESSIONAL,2025-01-01,\n"
                        + "ghost,adavies,CLINICAL,2025-01-01,\n"
                        + "kthomas,kthomas,PEER,2025-01-01,\n"
                        + "kthomas,adavies,MENTORING,2025-13-01,\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::toString).containsExactly(
                                "line 3, supervisee_id: unknown staff member 'ghost'",
                                "line 4, supervisor_id: a staff member cannot supervise themselves",
                                "line 5, type: unknown value 'MENTORING'; allowed: MANAGEMENT, PROFESSIONAL, CLINICAL, PEER, GROUP",
                                "line 5, valid_from: '2025-13-01' is not a date in the form YYYY-MM-DD"));

        assertThat(relationships.count()).isEqualTo(before);
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private long versionOf(String id) {
        return staff.findById(id).orElseThrow().getVersion();
    }
}
