package org.supervision.access;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators resend a person's invitation, e.g. when it expired or went to an old address. */
@RestController
@RequestMapping("/api/staff")
@PreAuthorize("@roles.inAnyGroup(@roles.administratorGroups())")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    /** 204 once the invitation is on its way; 404 for someone not in the directory, 409 for a leaver. */
    @PostMapping("/{id}/invitation")
    ResponseEntity<Void> resend(@PathVariable String id, Principal administrator) {
        boolean sent = invitations.resend(id, administrator.getName()).orElseThrow(() -> problem(HttpStatus.NOT_FOUND,
                "Nobody with the id '" + id + "' is in the staff directory"));
        if (!sent) {
            throw problem(HttpStatus.CONFLICT, "'" + id + "' has left or has no login, so cannot be invited");
        }
        return ResponseEntity.noContent().build();
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
