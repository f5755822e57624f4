package org.supervision.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.shared.StaffId;
import org.supervision.staff.StaffMemberRepository;

/**
 * The inspection evidence pack for programs: the same ZIP the workspace's page downloads, for
 * HR, directors and auditors (any service) and line managers (their own and those within it).
 */
@RestController
class InspectionPackController {

    private final InspectionPack packs;
    private final ServiceScope scope;
    private final StaffMemberRepository staff;

    InspectionPackController(InspectionPack packs, ServiceScope scope, StaffMemberRepository staff) {
        this.packs = packs;
        this.scope = scope;
        this.staff = staff;
    }

    @Operation(summary = "Inspection evidence pack (ZIP) for a manager's service and a period: figures, each person's "
            + "supervision log and observations, the audit log's verification; dates and counts only")
    @GetMapping(path = "/api/inspection-packs", produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> pack(@Parameter(description = "Staff id of the manager whose service (everyone below them) the pack covers")
                           @RequestParam(required = false) @StaffId String service,
                           @Parameter(description = "First day of the period, e.g. 2026-04-01")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @Parameter(description = "Last day of the period, e.g. 2027-03-31")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           Principal user) {
        PackRequest request = PackRequest.check(service, service == null ? null : staff.findById(service).orElse(null), from, to);
        if (!request.valid()) {
            Map.Entry<String, String> first = request.problems().entrySet().iterator().next();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, first.getKey() + ": " + first.getValue());
            problem.setProperty("field", first.getKey());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (!scope.mayProduceFor(user.getName(), service)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may produce an inspection pack for your own"
                            + " service and the services within it; HR, directors and auditors for any service"));
        }
        InspectionPack.Download download = packs.produce(user.getName(), request.manager(), from, to);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .header("X-Content-SHA256", download.sha256())
                .body(download.zip());
    }
}
