package org.supervision.conflict;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.supervision.audit.AccessLog;
import org.supervision.security.Roles;

/**
 * Who may see a conflict case: the two parties always; the supervisor's
 * line manager once it reached the three-way stage; HR only once it reached HR. Every
 * look, granted or refused, is logged.
 */
@Component
class ConflictAccess {

    enum Basis { SUPERVISEE, SUPERVISOR, LINE_MANAGER, HR, NONE }

    private final AccessLog log;
    private final Roles roles;

    ConflictAccess(AccessLog log, Roles roles) {
        this.log = log;
        this.roles = roles;
    }

    Basis check(String userId, ConflictCase conflictCase, String what) {
        Basis basis = basis(userId, conflictCase);
        log.record(userId, conflictCase.getSuperviseeId(), "conflict case " + conflictCase.getId() + ": " + what,
                basis != Basis.NONE, basis.name(), null);
        if (basis == Basis.NONE) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    userId + " may not see conflict case " + conflictCase.getId() + ": only its parties, the line manager "
                            + "from the three-way stage and HR once it reached HR may"), null);
        }
        return basis;
    }

    Basis basis(String userId, ConflictCase conflictCase) {
        if (userId.equals(conflictCase.getSuperviseeId())) {
            return Basis.SUPERVISEE;
        }
        if (userId.equals(conflictCase.getSupervisorId())) {
            return Basis.SUPERVISOR;
        }
        if (conflictCase.getStage() >= ConflictCase.THREE_WAY_STAGE && userId.equals(conflictCase.getLineManagerId())) {
            return Basis.LINE_MANAGER;
        }
        if (conflictCase.getReachedHrAt() != null && isHr(userId)) {
            return Basis.HR;
        }
        return Basis.NONE;
    }

    boolean isHr(String userId) {
        return roles.isHr(userId);
    }
}
