package org.supervision.audit;

import org.supervision.shared.FormInput;
import org.supervision.shared.PlainText;
import jakarta.validation.Valid;
import org.supervision.shared.StaffId;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.security.Roles;

/**
 * A director's need-to-know access to one supervisee's 1:1 records: requested
 * with a reason category and a free-text reason, valid for a limited time, written to the
 * audit log, and visible to the supervisee and to auditors.
 */
@RestController
@RequestMapping("/api/staff/{staffId}/record-access-grants")
class NeedToKnowAccess {

    private final RecordAccessGrantRepository grants;
    private final NeedToKnowGrants requests;
    private final Roles roles;

    NeedToKnowAccess(RecordAccessGrantRepository grants, NeedToKnowGrants requests, Roles roles) {
        this.grants = grants;
        this.requests = requests;
        this.roles = roles;
    }

    record GrantRequest(@PlainText(max = 40) String reasonCategory, @PlainText(max = FormInput.MAX_TEXT) String reason,
                        Integer days) {
    }

    record GrantView(Long id, String directorId, String staffId, RecordAccessGrant.ReasonCategory reasonCategory,
                     String reason, Instant grantedAt, Instant expiresAt) {
        static GrantView of(RecordAccessGrant grant) {
            return new GrantView(grant.getId(), grant.getDirectorId(), grant.getStaffId(), grant.getReasonCategory(),
                    grant.getReason(), grant.getGrantedAt(), grant.getExpiresAt());
        }
    }

    @Operation(summary = "A director asks for need-to-know access to a staff member's supervision records, for 1 to 30 days (default 7)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GrantView request(@PathVariable @StaffId String staffId, @RequestBody @Valid GrantRequest request, Principal user) {
        return GrantView.of(requests.grant(user.getName(), staffId, request.reasonCategory(), request.reason(),
                request.days()));
    }

    /** The supervisee sees who asked to read their records and why; so do auditors and the director. */
    @Operation(summary = "Who was granted need-to-know access to this staff member's records, and why")
    @GetMapping
    List<GrantView> list(@PathVariable @StaffId String staffId, Principal user) {
        String userId = user.getName();
        boolean allowed = userId.equals(staffId) || roles.isAuditor(userId) || roles.isDirector(userId);
        if (!allowed) {
            throw forbidden(userId + " may not see who was granted access to the records of " + staffId);
        }
        return grants.findByStaffIdOrderByGrantedAtDesc(staffId).stream()
                .filter(grant -> userId.equals(staffId) || roles.isAuditor(userId)
                        || grant.getDirectorId().equals(userId))
                .map(GrantView::of).toList();
    }

    private static ErrorResponseException forbidden(String message) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                message), null);
    }
}
