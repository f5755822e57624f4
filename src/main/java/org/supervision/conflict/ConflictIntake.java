package org.supervision.conflict;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.supervision.shared.ConflictingChangeException;
import org.supervision.shared.FormInput;
import org.supervision.staff.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;

/**
 * Opens a case when a conflict-escalation process starts: from the start form in Tasklist
 * or the API (raised by the supervisee or the supervisor), or from a deadlocked agreement
 * negotiation. A refused start leaves nothing behind: the case and the process instance
 * are written in the same transaction.
 */
@Component("conflictIntake")
public class ConflictIntake {

    static final String CASE_ID = "caseId";
    static final String[] START_FORM_FIELDS = {"superviseeId", "supervisionType", "concern", "description",
            "desiredOutcome"};

    private final ConflictCaseRepository cases;
    private final StaffMemberRepository staff;
    private final Routing routing;
    private final SupervisionClock clock;

    ConflictIntake(ConflictCaseRepository cases, StaffMemberRepository staff, Routing routing, SupervisionClock clock) {
        this.cases = cases;
        this.staff = staff;
        this.routing = routing;
        this.clock = clock;
    }

    /** Start listener of the none start event; {@code raisedBy} is the process initiator. */
    public void fromStartForm(DelegateExecution execution) {
        String raisedBy = (String) execution.getVariable("raisedBy");
        if (raisedBy == null) {
            throw new IllegalStateException("A conflict can only be raised by a logged-in member of staff");
        }
        FormInput form = FormInput.of(execution);
        SupervisionType type = SupervisionType.valueOf(form.requiredChoice("supervisionType",
                "MANAGEMENT", "PROFESSIONAL", "CLINICAL", "PEER"));
        String named = form.optionalText("superviseeId");
        String superviseeId = named == null ? raisedBy : named;
        if (!staff.existsById(superviseeId)) {
            throw new TaskInputException("superviseeId", "'" + superviseeId + "' is not a member of staff");
        }
        if (!routing.hasSupervisor(superviseeId, type.name())) {
            throw new TaskInputException("supervisionType", "the directory names no current "
                    + type.name().toLowerCase() + " supervisor for " + superviseeId);
        }
        String supervisorId = routing.supervisorOf(superviseeId, type.name());
        if (!raisedBy.equals(superviseeId) && !raisedBy.equals(supervisorId)) {
            throw new TaskInputException("superviseeId", "only the supervisee or their " + type.name().toLowerCase()
                    + " supervisor can raise a conflict about this supervision");
        }
        Concern concern = Concern.valueOf(form.requiredChoice("concern", "QUANTITY", "QUALITY", "OTHER"));
        ConflictCase opened = open(new ConflictCase(superviseeId, supervisorId, type, raisedBy, clock.now(),
                ConflictCase.Source.RAISED, null, concern, form.requiredText("description"),
                form.optionalText("desiredOutcome"), execution.getProcessInstanceId()));
        form.discard(START_FORM_FIELDS);
        execution.setProcessBusinessKey(superviseeId);
        execution.setVariable(CASE_ID, opened.getId());
    }

    /**
     * Start listener of the message start event: the parties could not agree the agreement,
     * so the supervisor's own response (stage 1) is skipped: that start event leads straight
     * to the three-way discussion.
     */
    public void fromDeadlock(DelegateExecution execution) {
        String superviseeId = (String) execution.getVariable("superviseeId");
        Long agreementId = ((Number) execution.getVariable("agreementId")).longValue();
        String supervisorId = routing.supervisorOf(superviseeId);
        ConflictCase opened = open(new ConflictCase(superviseeId, supervisorId, SupervisionType.MANAGEMENT, null,
                clock.now(), ConflictCase.Source.NEGOTIATION_DEADLOCK, agreementId, Concern.AGREEMENT,
                "Supervisor and supervisee could not agree the supervision agreement (agreement " + agreementId + ")",
                null, execution.getProcessInstanceId()));
        execution.removeVariable("superviseeId");
        execution.setVariable(CASE_ID, opened.getId());
    }

    private ConflictCase open(ConflictCase conflictCase) {
        String key = ConflictCase.openKey(conflictCase.getSuperviseeId(), conflictCase.getSupervisionType());
        ConflictCase open = cases.findByOpenKey(key);
        if (open != null) {
            throw new ConflictingChangeException("There is already an open conflict case (" + open.getId()
                    + ", stage " + open.getStage() + ") about the " + conflictCase.getSupervisionType().name()
                    .toLowerCase() + " supervision of " + conflictCase.getSuperviseeId()
                    + ": add to that case, or withdraw it first");
        }
        // the unique key still catches two cases raised at the same moment
        return cases.saveAndFlush(conflictCase);
    }
}
