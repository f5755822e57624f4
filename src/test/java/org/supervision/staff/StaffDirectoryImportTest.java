package org.supervision.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.IntegrationTest;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@AlsoOnPostgres
class StaffDirectoryImportTest {

    static final String BOUNDARY = "supervision-test-boundary";
    static final String HEADER = "id,first_name,last_name,email,category,start_date,hours_per_week,line_manager_id,roles,left_on\n";

    @LocalServerPort int port;
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
                                "line 5, roles: unknown role 'CHIEF'; allowed: HR, DIRECTOR, AUDITOR, ADMIN, LEARNING, PRACTICE_EDUCATOR",
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
                                "line 5, valid_from: '2025-13-01' is not a real date"));

        assertThat(relationships.count()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- files as HR sends them (real HTTP)

    @Test
    void anExcelCsvUtf8FileWithAByteOrderMarkImportsThroughTheUploadAndTheCsvBody() {
        WebClient hr = WebClient.basic(port, "hbaker", "demo");
        // what Excel's "CSV UTF-8 (comma delimited)" writes: a byte-order mark, CRLF line ends
        byte[] staffFile = excelCsvUtf8(HEADER.replace("\n", "\r\n")
                + "gbom,Zoë,Ndiaye-Émond,zoe.ndiaye@example.org,SOCIAL_WORKER,2025-01-06,37,pjones,,\r\n");
        byte[] supervisionFile = excelCsvUtf8("supervisee_id,supervisor_id,type,valid_from,valid_to\r\n"
                + "gbom,pjones,MANAGEMENT,2025-01-06,\r\n");

        HttpResponse<String> upload = hr.post("/api/staff/import", "multipart/form-data; boundary=" + BOUNDARY,
                multipart("staff.csv", staffFile));
        HttpResponse<String> body = hr.post("/api/staff/supervision/import", "text/csv", supervisionFile);

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(upload.body()).contains("\"created\":1");
        assertThat(body.statusCode()).as(body.body()).isEqualTo(200);
        StaffMember member = staff.findById("gbom").orElseThrow();
        assertThat(member.getFirstName()).isEqualTo("Zoë");
        assertThat(member.getLastName()).isEqualTo("Ndiaye-Émond");
        assertThat(relationships.findBySuperviseeId("gbom")).extracting(SupervisionRelationship::getSupervisorId)
                .containsExactly("pjones");
    }

    @Test
    void aLatin1FileIsRefusedNamingTheLineAndNothingIsStored() {
        long before = staff.count();
        // Excel's plain "CSV" on Windows: é is the single byte 0xE9
        byte[] latin1 = (HEADER
                + "hlat1,Hana,Good,hana.good@example.org,SOCIAL_WORKER,2025-01-06,37,pjones,,\n"
                + "hlat2,Renée,Latin,renee.latin@example.org,SOCIAL_WORKER,2025-01-06,37,pjones,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        for (HttpResponse<String> answer : List.of(
                hrPost("text/csv", latin1),
                hrPost("multipart/form-data; boundary=" + BOUNDARY, multipart("staff.csv", latin1)))) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"line\":3", "is not UTF-8 text: byte 0xE9 cannot be read",
                    "CSV UTF-8 (comma delimited)");
        }
        assertThat(staff.count()).isEqualTo(before);
        assertThat(staff.existsById("hlat1")).as("not even the good line before it").isFalse();
        assertThat(staff.existsById("hlat2")).isFalse();
    }

    @Test
    void binaryFilesAndABrokenUploadAnswer400WithAPlainMessageAndStoreNothing() {
        long before = staff.count();
        byte[] garbage = new byte[4096];
        new Random(21).nextBytes(garbage);
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

        HttpResponse<String> binaryBody = hrPost("text/csv", garbage);
        HttpResponse<String> binaryUpload = hrPost("multipart/form-data; boundary=" + BOUNDARY, multipart("photo.csv", garbage));
        HttpResponse<String> xlsx = hrPost("multipart/form-data; boundary=" + BOUNDARY, multipart("staff.xlsx", workbook));
        HttpResponse<String> cutShort = hrPost("multipart/form-data; boundary=" + BOUNDARY, ("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"staff.csv\"\r\n\r\n" + HEADER)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> noBoundary = hrPost("multipart/form-data", HEADER.getBytes(StandardCharsets.UTF_8));

        for (HttpResponse<String> answer : List.of(binaryBody, binaryUpload, xlsx, cutShort, noBoundary)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).doesNotContain("Exception", "at org.");
        }
        assertThat(binaryBody.body()).contains("is not UTF-8 text");
        assertThat(binaryUpload.body()).contains("is not UTF-8 text");
        assertThat(xlsx.body()).contains("the file is a spreadsheet workbook (.xlsx)", "CSV UTF-8");
        assertThat(cutShort.body()).contains("The upload could not be read as a file upload");
        assertThat(noBoundary.body()).contains("The upload could not be read as a file upload");
        assertThat(staff.count()).isEqualTo(before);
    }

    private HttpResponse<String> hrPost(String contentType, byte[] body) {
        return WebClient.basic(port, "hbaker", "demo").post("/api/staff/import", contentType, body);
    }

    @Test
    void withoutLdapSettingsThereIsNoDirectorySyncAndTheApiSaysWhy() {
        WebClient hr = WebClient.basic(port, "hbaker", "demo");

        HttpResponse<String> syncNow = hr.post("/api/staff/ldap-sync", "application/json", "");

        assertThat(syncNow.statusCode()).isEqualTo(404);
        assertThat(syncNow.body()).contains("supervision.directory.ldap.enabled is off");
        assertThat(hr.get("/api/staff/ldap-sync").statusCode()).isEqualTo(404);
    }

    private static byte[] excelCsvUtf8(String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[content.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withMark, 3, content.length);
        return withMark;
    }

    /** A browser's file upload: one part "file" holding the file's bytes as they are. */
    private static byte[] multipart(String fileName, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private long versionOf(String id) {
        return staff.findById(id).orElseThrow().getVersion();
    }
}
