package org.supervision.conflict;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.engine.AsSystem;
import org.supervision.shared.ConflictingChangeException;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;

/** What people do with a case outside their tasks: raise it, ask for the three-way stage, withdraw it. */
@Service
public class ConflictCases {

    static final String PROCESS = "conflict-escalation";
    static final String THREE_WAY_REQUESTED = "threeWayMeetingRequested";
    static final String WITHDRAWN = "conflictWithdrawn";

    private final ConflictCaseRepository cases;
    private final ConflictStages stages;
    private final ConflictAccess access;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final SupervisionClock clock;

    ConflictCases(ConflictCaseRepository cases, ConflictStages stages, ConflictAccess access, RuntimeService runtime,
                  IdentityService identity, SupervisionClock clock) {
        this.cases = cases;
        this.stages = stages;
        this.access = access;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    /** As the start form in Tasklist: the same checks, the same authorization to start the process. */
    @Transactional
    public ConflictCase raise(String userId, Map<String, Object> form) {
        List<String> groups = AsSystem.call(identity, () -> identity.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
        identity.setAuthentication(userId, groups);
        try {
            ProcessInstanceWithVariables started = runtime.createProcessInstanceByKey(PROCESS).setVariables(form)
                    .executeWithVariablesInReturn();
            return cases.findById(((Number) started.getVariables().get(ConflictIntake.CASE_ID)).longValue()).orElseThrow();
        } finally {
            identity.clearAuthentication();
        }
    }

    @Transactional
    public ConflictCase requestThreeWay(String userId, long caseId) {
        ConflictCase conflictCase = cases.findForUpdate(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        ConflictAccess.Basis basis = access.check(userId, conflictCase, "three-way request");
        if (basis != ConflictAccess.Basis.SUPERVISEE && basis != ConflictAccess.Basis.SUPERVISOR) {
            throw forbidden("only the supervisee or the supervisor can ask for the three-way discussion");
        }
        if (!conflictCase.isOpen()) {
            throw new CaseClosedException(conflictCase);
        }
        if (conflictCase.getStage() != ConflictCase.SUPERVISOR_STAGE) {
            throw new ConflictingChangeException("Conflict case " + caseId + " is already at stage " + conflictCase.getStage());
        }
        stages.currentStage(caseId).end(StageEnd.THREE_WAY_REQUESTED, clock.now());
        correlate(THREE_WAY_REQUESTED, conflictCase);
        return conflictCase;
    }

    @Transactional
    public ConflictCase withdraw(String userId, long caseId, String reason) {
        ConflictCase conflictCase = cases.findForUpdate(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        access.check(userId, conflictCase, "withdrawal");
        if (!userId.equals(conflictCase.getRaisedBy())) {
            throw forbidden("only the person who raised conflict case " + caseId + " can withdraw it");
        }
        if (reason == null || reason.isBlank()) {
            throw new TaskInputException("reason", "is required: say why the case is withdrawn");
        }
        ConflictStage current = stages.currentStage(caseId);
        conflictCase.withdraw(reason.trim(), userId, clock.now());
        current.end(StageEnd.WITHDRAWN, clock.now());
        correlate(WITHDRAWN, conflictCase);
        return conflictCase;
    }

    private static ErrorResponseException forbidden(String message) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message), null);
    }

    private void correlate(String message, ConflictCase conflictCase) {
        try {
            AsSystem.run(identity, () -> runtime.createMessageCorrelation(message)
                    .processInstanceId(conflictCase.getProcessInstanceId()).correlate());
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictingChangeException("Conflict case " + conflictCase.getId()
                    + " moved on in the meantime; reload it");
        }
    }
}
