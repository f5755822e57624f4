package org.supervision.staff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LDAP directory sync for HR and administrators, who also import the CSV files: a sync now
 * ({@code POST /api/staff/ldap-sync}) and the last sync's report ({@code GET}), whichever node
 * ran it. A rejected sync is answered 422 with its report: the request was fine, the directory
 * was not.
 */
@RestController
@RequestMapping("/api/staff/ldap-sync")
@PreAuthorize("@roles.maintainsDirectory()")
class LdapSyncController {

    private final ObjectProvider<LdapDirectorySync> sync;
    private final LdapSyncRuns runs;

    LdapSyncController(ObjectProvider<LdapDirectorySync> sync, LdapSyncRuns runs) {
        this.sync = sync;
        this.runs = runs;
    }

    @PostMapping
    ResponseEntity<?> syncNow(Authentication caller) {
        LdapDirectorySync directorySync = sync.getIfAvailable();
        if (directorySync == null) {
            return notConfigured();
        }
        return directorySync.syncNow(caller.getName())
                .<ResponseEntity<?>>map(report -> ResponseEntity.status(switch (report.outcome()) {
                    case ACCEPTED -> HttpStatus.OK;
                    case REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
                    case FAILED -> HttpStatus.BAD_GATEWAY;
                }).body(report))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.CONFLICT, "A directory sync is already running; its report will be at GET /api/staff/ldap-sync")));
    }

    @GetMapping
    ResponseEntity<?> lastReport() {
        if (sync.getIfAvailable() == null) {
            return notConfigured();
        }
        return runs.last().<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No directory sync has run yet")));
    }

    private static ResponseEntity<?> notConfigured() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The staff directory is not read from LDAP here (supervision.directory.ldap.enabled is off)");
        problem.setTitle("LDAP directory sync not configured");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
