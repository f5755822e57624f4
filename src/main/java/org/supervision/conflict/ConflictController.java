package org.supervision.conflict;

import org.supervision.shared.StaffId;
import org.supervision.shared.FormInput;
import org.supervision.shared.PlainText;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.supervision.conflict.ConflictStatement.Party;
import org.supervision.staff.SupervisionType;

/** Conflict cases for the people allowed to see them (see {@link ConflictAccess}). */
@RestController
@RequestMapping("/api/conflicts")
class ConflictController {

    private final ConflictCases conflicts;
    private final ConflictCaseRepository cases;
    private final ConflictStageRepository stages;
    private final ConflictStatementRepository statements;
    private final ConflictAccess access;

    ConflictController(ConflictCases conflicts, ConflictCaseRepository cases, ConflictStageRepository stages,
                       ConflictStatementRepository statements, ConflictAccess access) {
        this.conflicts = conflicts;
        this.cases = cases;
        this.stages = stages;
        this.statements = statements;
        this.access = access;
    }

    record RaiseRequest(@StaffId String superviseeId, @PlainText(max = 40) String supervisionType,
                        @PlainText(max = 40) String concern, @PlainText(max = FormInput.MAX_TEXT) String description,
                        @PlainText(max = FormInput.MAX_TEXT) String desiredOutcome) {
    }

    record WithdrawalRequest(@PlainText(max = FormInput.MAX_TEXT) String reason) {
    }

    record CaseView(Long id, String superviseeId, String supervisorId, SupervisionType supervisionType,
                    String lineManagerId, String raisedBy, Instant raisedAt, ConflictCase.Source source, Concern concern,
                    String description, String desiredOutcome, int stage, boolean open, ConflictOutcome outcome,
                    String outcomeNotes, String newSupervisorId, String withdrawalReason, Instant closedAt) {

        static CaseView of(ConflictCase c) {
            return new CaseView(c.getId(), c.getSuperviseeId(), c.getSupervisorId(), c.getSupervisionType(),
                    c.getLineManagerId(), c.getRaisedBy(), c.getRaisedAt(), c.getSource(), c.getConcern(),
                    c.getDescription(), c.getDesiredOutcome(), c.getStage(), c.isOpen(), c.getOutcome(),
                    c.getOutcomeNotes(), c.getNewSupervisorId(), c.getWithdrawalReason(), c.getClosedAt());
        }
    }

    record StageView(int stage, Instant startedAt, LocalDate deadline, Instant meetingAt, String meetingPlace,
                     LocalDate meetingHeldOn, String summary, String proposedResolution, String recordedBy,
                     Instant endedAt, StageEnd endReason) {

        static StageView of(ConflictStage s) {
            return new StageView(s.getStage(), s.getStartedAt(), s.getDeadline(), s.getMeetingAt(), s.getMeetingPlace(),
                    s.getMeetingHeldOn(), s.getSummary(), s.getProposedResolution(), s.getRecordedBy(), s.getEndedAt(),
                    s.getEndReason());
        }
    }

    record StatementView(int stage, String partyId, Party party, boolean resolved, String statement, Instant madeAt) {

        static StatementView of(ConflictStatement s) {
            return new StatementView(s.getStage(), s.getPartyId(), s.getPartyRole(), s.isResolved(), s.getStatement(),
                    s.getMadeAt());
        }
    }

    record CaseRecord(CaseView conflictCase, List<StageView> stages, List<StatementView> statements) {
    }

    @Operation(summary = "Raise a supervision conflict case; the caller is recorded as raising it")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseView raise(@RequestBody @Valid RaiseRequest request, Principal user) {
        Map<String, Object> form = new HashMap<>();
        form.put("superviseeId", request.superviseeId());
        form.put("supervisionType", request.supervisionType());
        form.put("concern", request.concern());
        form.put("description", request.description());
        form.put("desiredOutcome", request.desiredOutcome());
        return CaseView.of(conflicts.raise(user.getName(), form));
    }

    /** The cases the user may see; opening one is what gets logged. */
    @Operation(summary = "The conflict cases the caller may see; opening one (GET /{caseId}) is what gets logged")
    @GetMapping
    List<CaseView> visible(Principal user) {
        return cases.visibleTo(user.getName(), access.isHr(user.getName())).stream().map(CaseView::of).toList();
    }

    @Operation(summary = "A conflict case with its stages and statements; each read is logged")
    @GetMapping("/{caseId}")
    CaseRecord read(@PathVariable long caseId, Principal user) {
        ConflictCase conflictCase = cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        access.check(user.getName(), conflictCase, "read");
        return new CaseRecord(CaseView.of(conflictCase),
                stages.findByCaseIdOrderByStageAsc(caseId).stream().map(StageView::of).toList(),
                statements.findByCaseIdOrderByMadeAtAscIdAsc(caseId).stream().map(StatementView::of).toList());
    }

    @PostMapping("/{caseId}/three-way-request")
    CaseView requestThreeWay(@PathVariable long caseId, Principal user) {
        return CaseView.of(conflicts.requestThreeWay(user.getName(), caseId));
    }

    @PostMapping("/{caseId}/withdrawal")
    CaseView withdraw(@PathVariable long caseId, @RequestBody @Valid WithdrawalRequest request, Principal user) {
        return CaseView.of(conflicts.withdraw(user.getName(), caseId, request.reason()));
    }
}
