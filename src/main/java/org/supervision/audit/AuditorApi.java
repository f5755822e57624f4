package org.supervision.audit;

import org.supervision.shared.StaffId;
import org.supervision.shared.PlainText;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.security.Roles;
import org.supervision.shared.CsvExport;
import org.supervision.staff.StaffMember;

/**
 * The auditors' read-only view: find a staff member, trace their supervision history,
 * see an instance's path on its diagram, export the trail, verify the audit log. Every
 * trail read and every export is itself written to the audit log.
 */
@RestController
// /api/audit for programs (HTTP Basic); /audit/api for the auditor pages' export links, with the browser's login session
@RequestMapping({"/api/audit", "/audit/api"})
class AuditorApi {

    private final AuditorReads reads;
    private final AuditVerification verification;
    private final Roles roles;
    private final ObjectMapper json;

    AuditorApi(AuditorReads reads, AuditVerification verification, Roles roles, ObjectMapper json) {
        this.reads = reads;
        this.verification = verification;
        this.roles = roles;
        this.json = json;
    }

    record StaffView(String id, String name, String category, LocalDate startDate, LocalDate leftOn) {
        static StaffView of(StaffMember member) {
            return new StaffView(member.getId(), member.getFullName(), member.getCategory().name(), member.getStartDate(),
                    member.getLeftOn());
        }
    }

    @GetMapping("/staff")
    List<StaffView> findStaff(@RequestParam(defaultValue = "") @PlainText(max = 100) String q, Principal user) {
        requireAuditor(user);
        return reads.findStaff(q).stream().map(StaffView::of).toList();
    }

    @GetMapping("/trail")
    List<TimelineEntry> trail(@RequestParam(required = false) @StaffId String staffId,
            @RequestParam(required = false) @PlainText(max = 200) String process,
            @RequestParam(required = false) @PlainText(max = 64) String businessKey,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) @PlainText(max = 64) String actor, Principal user) {
        return read(user, criteria(staffId, process, businessKey, from, to, actor), "trail");
    }

    @GetMapping("/trail.csv")
    @ApiResponse(responseCode = "200", description = "The trail as a CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> exportCsv(@RequestParam(required = false) @StaffId String staffId,
            @RequestParam(required = false) @PlainText(max = 200) String process,
            @RequestParam(required = false) @PlainText(max = 64) String businessKey,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) @PlainText(max = 64) String actor, Principal user) {
        List<TimelineEntry> entries = read(user, criteria(staffId, process, businessKey, from, to, actor), "CSV export");
        CsvExport csv = CsvExport.withHeader("at", "process", "processInstanceId", "kind", "activityId", "what", "actor",
                "details");
        for (TimelineEntry e : entries) {
            csv.row(e.at(), e.process(), e.processInstanceId(), e.kind(), e.activityId(), e.what(), e.actor(), e.details());
        }
        return download(csv.toCsv(), "text/csv", "trail-" + name(staffId, businessKey) + ".csv");
    }

    @GetMapping("/trail.json")
    @ApiResponse(responseCode = "200", description = "The trail as a JSON file to download",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = TimelineEntry.class))))
    ResponseEntity<String> exportJson(@RequestParam(required = false) @StaffId String staffId,
            @RequestParam(required = false) @PlainText(max = 200) String process,
            @RequestParam(required = false) @PlainText(max = 64) String businessKey,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) @PlainText(max = 64) String actor, Principal user) throws IOException {
        List<TimelineEntry> entries = read(user, criteria(staffId, process, businessKey, from, to, actor), "JSON export");
        return download(json.writeValueAsString(entries), "application/json", "trail-" + name(staffId, businessKey) + ".json");
    }

    @GetMapping("/instances")
    List<AuditorReads.InstanceView> instances(@RequestParam @StaffId String staffId, Principal user) {
        requireAuditor(user);
        return reads.instances(new AuditTrailQuery.Criteria(staffId, null, null, null, null, null)).stream()
                .map(instance -> reads.view(instance, false)).toList();
    }

    @GetMapping("/instances/{processInstanceId}")
    AuditorReads.InstanceView instance(@PathVariable @PlainText(max = 64) String processInstanceId, Principal user) {
        requireAuditor(user);
        return reads.path(user.getName(), processInstanceId).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No process instance " + processInstanceId), null));
    }

    /**
     * Optionally against a checkpoint noted earlier (an entry's id and MAC from a previous
     * answer or the daily log line), which shows entries removed from the end of the chain.
     */
    @GetMapping("/verification")
    AuditVerification.Result verify(@RequestParam(required = false) Long checkpointEntry,
                                    @RequestParam(required = false) String checkpointMac, Principal user) {
        requireAuditor(user);
        if (checkpointEntry == null && checkpointMac == null) {
            return verification.verify();
        }
        if (checkpointEntry == null || checkpointEntry < 1) {
            throw new org.supervision.shared.TaskInputException("checkpointEntry",
                    "give the number of the entry the checkpoint was noted at (1 or more)");
        }
        if (checkpointMac == null || !checkpointMac.trim().matches("[0-9a-fA-F]{64}")) {
            throw new org.supervision.shared.TaskInputException("checkpointMac",
                    "give the entry's MAC as noted: 64 characters, digits and letters a to f");
        }
        return verification.verify(new AuditVerification.Checkpoint(checkpointEntry, checkpointMac.trim().toLowerCase()));
    }

    private List<TimelineEntry> read(Principal user, AuditTrailQuery.Criteria criteria, String what) {
        requireAuditor(user);
        if (criteria.staffId() == null && criteria.businessKey() == null) {
            throw new org.supervision.shared.TaskInputException("staffId", "name a staff member or a business key");
        }
        return reads.trail(user.getName(), criteria, what);
    }

    private AuditTrailQuery.Criteria criteria(String staffId, String process, String businessKey, LocalDate from,
                                              LocalDate to, String actor) {
        return reads.criteria(staffId, process, businessKey, from, to, actor);
    }

    private void requireAuditor(Principal user) {
        if (!roles.isAuditor(user.getName())) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "the audit trail is for auditors only"), null);
        }
    }

    private static ResponseEntity<String> download(String body, String type, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }

    private static String name(String staffId, String businessKey) {
        return String.valueOf(staffId != null ? staffId : businessKey).replaceAll("[^A-Za-z0-9-]", "_");
    }
}
