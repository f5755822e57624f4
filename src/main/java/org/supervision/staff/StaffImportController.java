package org.supervision.staff;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Directory imports for HR and administrators. The body is the CSV file itself
 * ({@code Content-Type: text/csv}) or a multipart upload with the part {@code file}.
 */
@RestController
@RequestMapping("/api/staff")
@PreAuthorize("@roles.maintainsDirectory()")
class StaffImportController {

    private final StaffDirectoryImport directoryImport;

    StaffImportController(StaffDirectoryImport directoryImport) {
        this.directoryImport = directoryImport;
    }

    // bytes, not a String: Spring would decode a String with replacement characters where the file is not UTF-8
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importStaff(@RequestBody byte[] csv) {
        return directoryImport.importStaff(csv);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importStaffFile(@RequestPart("file") MultipartFile file) throws IOException {
        return directoryImport.importStaff(file.getBytes());
    }

    @PostMapping(path = "/supervision/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importSupervision(@RequestBody byte[] csv) {
        return directoryImport.importSupervision(csv);
    }

    @PostMapping(path = "/supervision/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importSupervisionFile(@RequestPart("file") MultipartFile file) throws IOException {
        return directoryImport.importSupervision(file.getBytes());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        List<ImportProblem> problems = e.getProblems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Import rejected, nothing was changed: "
                + (problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems"));
        problem.setTitle("Invalid CSV file");
        problem.setProperty("problems", problems);
        return problem;
    }
}
