package org.supervision.staff;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.supervision.shared.StaffId;

/**
 * The staff directory read back, for HR and administrators: the attributes the import takes
 * (and as the CSV files the import accepts, so a file can be downloaded, corrected and
 * imported again). Directory attributes only, never what a supervision record holds. Line
 * managers and everyone else are refused: they see their own people on their workspace
 * pages, and the policy lets them read records there, not the organisation's directory.
 */
@RestController
@PreAuthorize("@roles.maintainsDirectory()")
class StaffDirectoryController {

    private final StaffDirectoryReads directory;

    StaffDirectoryController(StaffDirectoryReads directory) {
        this.directory = directory;
    }

    /**
     * Members of staff in id order, filtered: {@code lineManager} (their line manager's id),
     * {@code supervisor} (someone who supervises them today), {@code category},
     * {@code status} (ACTIVE: not left today; LEFT). Pages of {@code size} from {@code page} 0.
     */
    @GetMapping("/api/staff")
    StaffDirectoryReads.Page list(@RequestParam(required = false) @StaffId String lineManager,
                                  @RequestParam(required = false) @StaffId String supervisor,
                                  @RequestParam(required = false) StaffCategory category,
                                  @RequestParam(required = false) StaffDirectoryReads.Status status,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return directory.list(new StaffDirectoryReads.Filter(blankToNull(lineManager), blankToNull(supervisor), category, status),
                page, size);
    }

    @GetMapping("/api/staff/{staffId}")
    StaffDirectoryReads.Entry one(@PathVariable @StaffId String staffId) {
        return directory.one(staffId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No member of staff with the id " + staffId));
    }

    /** The staff file, with the columns {@code POST /api/staff/import} takes. */
    @GetMapping("/api/staff.csv")
    @ApiResponse(responseCode = "200", description = "The staff directory as the staff file of the import",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> staffCsv() {
        return csv("staff.csv", directory.staffCsv());
    }

    /** The supervision file, with the columns {@code POST /api/staff/supervision/import} takes. */
    @GetMapping("/api/staff/supervision.csv")
    @ApiResponse(responseCode = "200", description = "The supervision relationships as the supervision file of the import",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> supervisionCsv() {
        return csv("supervision.csv", directory.supervisionCsv());
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
