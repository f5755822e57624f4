package org.supervision.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.supervision.security.Roles;
import org.supervision.shared.FormInput;
import org.supervision.shared.StaffId;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.TextRules;
import org.supervision.staff.StaffMemberRepository;

/**
 * Need-to-know grants, made and ended by directors: one set of checks for the API and for
 * the workspace's form. A refused request names the field and stores nothing; each grant
 * and each early end goes on the audit trail.
 */
@Service
class NeedToKnowGrants {

    static final int MAX_DAYS = 30;
    static final int DEFAULT_DAYS = 7;

    private final RecordAccessGrantRepository grants;
    private final StaffMemberRepository staff;
    private final Roles roles;
    private final AuditTrail trail;
    private final SupervisionClock clock;

    NeedToKnowGrants(RecordAccessGrantRepository grants, StaffMemberRepository staff, Roles roles, AuditTrail trail,
                     SupervisionClock clock) {
        this.grants = grants;
        this.staff = staff;
        this.roles = roles;
        this.trail = trail;
        this.clock = clock;
    }

    /** @param days null: {@value #DEFAULT_DAYS} days */
    @Transactional
    RecordAccessGrant grant(String directorId, String staffId, String reasonCategory, String reason, Integer days) {
        requireDirector(directorId, "only a director may request need-to-know access to supervision records");
        if (staffId == null || staffId.isBlank()) {
            throw new TaskInputException("staffId", "is required: choose whose records you need to read");
        }
        if (staffId.length() > StaffId.MAX_LENGTH || TextRules.problem(staffId).isPresent() || !staff.existsById(staffId)) {
            throw new TaskInputException("staffId", "'" + staffId + "' is not a member of staff");
        }
        RecordAccessGrant.ReasonCategory category;
        try {
            category = RecordAccessGrant.ReasonCategory.valueOf(String.valueOf(reasonCategory));
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("reasonCategory", "must be one of "
                    + List.of(RecordAccessGrant.ReasonCategory.values()) + ", not '" + reasonCategory + "'");
        }
        if (reason == null || reason.isBlank()) {
            throw new TaskInputException("reason", "is required: say why you need to read these records");
        }
        if (reason.length() > FormInput.MAX_TEXT) {
            throw new TaskInputException("reason", "is " + reason.length() + " characters long; at most "
                    + FormInput.MAX_TEXT + " are allowed");
        }
        TextRules.problem(reason).ifPresent(problem -> {
            throw new TaskInputException("reason", problem);
        });
        int forDays = days == null ? DEFAULT_DAYS : days;
        if (forDays < 1 || forDays > MAX_DAYS) {
            throw new TaskInputException("days", "must be between 1 and " + MAX_DAYS + ", not " + forDays);
        }
        Instant now = clock.now();
        RecordAccessGrant grant = grants.save(new RecordAccessGrant(directorId, staffId, category, reason.trim(), now,
                now.plus(Duration.ofDays(forDays))));
        trail.append(directorId, "NEED_TO_KNOW_GRANTED", "RecordAccessGrant", String.valueOf(grant.getId()), staffId,
                grant.describe(), "until " + grant.getExpiresAt());
        return grant;
    }

    /** The director ends their own grant before it runs out; one already over is left as it was. */
    @Transactional
    RecordAccessGrant endEarly(String directorId, long grantId) {
        requireDirector(directorId, "only a director may end need-to-know access");
        RecordAccessGrant grant = grants.findById(grantId).filter(g -> g.getDirectorId().equals(directorId))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No need-to-know grant " + grantId + " of " + directorId), null));
        Instant now = clock.now();
        if (grant.isValidAt(now)) {
            grant.endEarly(now);
            trail.append(directorId, "NEED_TO_KNOW_ENDED", "RecordAccessGrant", String.valueOf(grant.getId()),
                    grant.getStaffId(), grant.describe(), "ended early at " + now);
        }
        return grant;
    }

    /** The director's own grants, newest first. */
    @Transactional(readOnly = true)
    List<RecordAccessGrant> ofDirector(String directorId) {
        return grants.findByDirectorIdOrderByGrantedAtDesc(directorId);
    }

    private void requireDirector(String userId, String message) {
        if (!roles.isDirector(userId)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    message), null);
        }
    }
}
