package org.supervision.conflict;

import org.supervision.engine.AsSystem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.supervision.shared.FormInput;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.staff.SupervisorChange;
import org.springframework.stereotype.Component;

/**
 * Stage 3: HR records the mediation and decides the outcome. The outcome's effect (a new
 * supervisor in the directory, an agreement review) happens in the same transaction as
 * the decision, so a refused change leaves the task open and nothing stored.
 */
@Component("hrMediation")
public class HrMediation {

    private final ConflictStages stages;
    private final SupervisorChange supervisorChange;
    private final AgreementReviews agreementReviews;
    private final SupervisionClock clock;

    HrMediation(ConflictStages stages, SupervisorChange supervisorChange,
                AgreementReviews agreementReviews, SupervisionClock clock) {
        this.stages = stages;
        this.supervisorChange = supervisorChange;
        this.agreementReviews = agreementReviews;
        this.clock = clock;
    }

    public void recordDecision(DelegateTask task) {
        FormInput form = FormInput.of(task);
        String mediation = form.requiredText("mediationSteps");
        ConflictOutcome outcome = ConflictOutcome.valueOf(form.requiredChoice("hrOutcome", "RESOLVED",
                "CHANGE_OF_SUPERVISOR", "AGREEMENT_REVIEW", "FORMAL_PROCEDURE"));
        String notes = form.requiredText("outcomeNotes");
        ConflictCase conflictCase = stages.caseOf(task);
        // an unclaimed task completed by a member of the group has no assignee
        String hrUser = task.getAssignee() != null ? task.getAssignee()
                : AsSystem.currentUserId(task.getProcessEngineServices().getIdentityService()).orElse(null);
        ConflictStage stage = stages.currentStage(conflictCase.getId());
        stage.record(null, mediation, null, hrUser, clock.now());
        stage.end(StageEnd.DECIDED, clock.now());
        if (outcome == ConflictOutcome.CHANGE_OF_SUPERVISOR) {
            String newSupervisor = form.requiredText("newSupervisorId");
            String problem = supervisorChange.problemWith(conflictCase.getSuperviseeId(),
                    conflictCase.getSupervisionType(), newSupervisor);
            if (problem != null) {
                throw new TaskInputException("newSupervisorId", problem);
            }
            supervisorChange.change(conflictCase.getSuperviseeId(), conflictCase.getSupervisionType(), newSupervisor);
            conflictCase.closeWithNewSupervisor(newSupervisor, notes, hrUser, clock.now());
        } else {
            if (outcome == ConflictOutcome.AGREEMENT_REVIEW) {
                agreementReviews.request(conflictCase);
            }
            conflictCase.close(outcome, notes, hrUser, clock.now());
        }
        form.discard("mediationSteps", "hrOutcome", "newSupervisorId", "outcomeNotes");
    }
}
