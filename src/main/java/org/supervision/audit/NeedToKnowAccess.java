package org.supervision.audit;

import org.supervision.shared.FormInput;
import org.supervision.shared.PlainText;
import jakarta.validation.Valid;
import org.supervision.shared.StaffId;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.security.Roles;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.staff.StaffMemberRepository;

/**
 * A director's need-to-know access to one supervisee's 1:1 records: requested
 * with a reason category and a free-text reason, valid for a limited time, written to the
 * audit log, and visible to the supervisee and to auditors.
 */
@RestController
@RequestMapping("/api/staff/{staffId}/record-access-grants")
class NeedToKnowAccess {

    private static final int MAX_DAYS = 30;

    private final RecordAccessGrantRepository grants;
    private final StaffMemberRepository staff;
    private final Roles roles;
    private final AuditTrail trail;
    private final SupervisionClock clock;

    NeedToKnowAccess(RecordAccessGrantRepository grants, StaffMemberRepository staff, Roles roles,
                     AuditTrail trail, SupervisionClock clock) {
        this.grants = grants;
        this.staff = staff;
        this.roles = roles;
        this.trail = trail;
        this.clock = clock;
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
    @Transactional
    GrantView request(@PathVariable @StaffId String staffId, @RequestBody @Valid GrantRequest request, Principal user) {
        if (!roles.isDirector(user.getName())) {
            throw forbidden("only a director may request need-to-know access to supervision records");
        }
        if (!staff.existsById(staffId)) {
            throw new TaskInputException("staffId", "'" + staffId + "' is not a member of staff");
        }
        RecordAccessGrant.ReasonCategory category;
        try {
            category = RecordAccessGrant.ReasonCategory.valueOf(String.valueOf(request.reasonCategory()));
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("reasonCategory", "must be one of "
                    + List.of(RecordAccessGrant.ReasonCategory.values()) + ", not '" + request.reasonCategory() + "'");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new TaskInputException("reason", "is required: say why you need to read these records");
        }
        int days = request.days() == null ? 7 : request.days();
        if (days < 1 || days > MAX_DAYS) {
            throw new TaskInputException("days", "must be between 1 and " + MAX_DAYS + ", not " + days);
        }
        Instant now = clock.now();
        RecordAccessGrant grant = grants.save(new RecordAccessGrant(user.getName(), staffId, category,
                request.reason().trim(), now, now.plus(Duration.ofDays(days))));
        trail.append(user.getName(), "NEED_TO_KNOW_GRANTED", "RecordAccessGrant", String.valueOf(grant.getId()), staffId,
                grant.describe(), "until " + grant.getExpiresAt());
        return GrantView.of(grant);
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
