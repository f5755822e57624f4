package org.supervision.staff;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importStaff(@RequestBody String csv) {
        return directoryImport.importStaff(new java.io.StringReader(csv));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importStaffFile(@RequestPart("file") MultipartFile file) throws IOException {
        try (Reader reader = reader(file)) {
            return directoryImport.importStaff(reader);
        }
    }

    @PostMapping(path = "/supervision/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importSupervision(@RequestBody String csv) {
        return directoryImport.importSupervision(new java.io.StringReader(csv));
    }

    @PostMapping(path = "/supervision/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importSupervisionFile(@RequestPart("file") MultipartFile file) throws IOException {
        try (Reader reader = reader(file)) {
            return directoryImport.importSupervision(reader);
        }
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Import rejected, nothing was changed: " + e.getProblems().size() + " problem(s)");
        problem.setTitle("Invalid CSV file");
        List<ImportProblem> problems = e.getProblems();
        problem.setProperty("problems", problems);
        return problem;
    }

    private static Reader reader(MultipartFile file) throws IOException {
        return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
    }
}
