package org.supervision.conflict;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.stereotype.Component;

/**
 * The case as the forms show it: who, what, and each earlier stage with the parties' statements,
 * in the words and UK dates of HR's case page (the workspace and Tasklist show these values as
 * they are).
 */
@Component
class CaseSummary {

    private final ConflictStageRepository stages;
    private final ConflictStatementRepository statements;
    private final StaffMemberRepository staff;
    private final UkDates dates;

    CaseSummary(ConflictStageRepository stages, ConflictStatementRepository statements, StaffMemberRepository staff,
                UkDates dates) {
        this.stages = stages;
        this.statements = statements;
        this.staff = staff;
        this.dates = dates;
    }

    Map<String, Object> of(ConflictCase conflictCase) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("superviseeName", name(conflictCase.getSuperviseeId()));
        shown.put("supervisorName", name(conflictCase.getSupervisorId()));
        shown.put("supervisionTypeShown", conflictCase.getSupervisionType().label());
        shown.put("concernShown", ConflictWords.concern(conflictCase.getConcern()));
        shown.put("descriptionShown", conflictCase.getDescription());
        shown.put("desiredOutcomeShown", conflictCase.getDesiredOutcome());
        shown.put("raisedOn", dates.day(conflictCase.getRaisedAt()));
        shown.put("caseHistory", history(conflictCase));
        return shown;
    }

    /**
     * "Stage 1: with the supervisor, from 23 November 2026 (deadline 7 December 2026), ended 23
     * November 2026: not resolved", then what was booked, recorded and said at that stage.
     */
    private String history(ConflictCase conflictCase) {
        List<ConflictStatement> said = statements.findByCaseIdOrderByMadeAtAscIdAsc(conflictCase.getId());
        StringBuilder text = new StringBuilder();
        for (ConflictStage stage : stages.findByCaseIdOrderByStageAsc(conflictCase.getId())) {
            text.append(ConflictWords.stageTitle(stage.getStage())).append(", from ").append(day(stage.getStartedAt()))
                    .append(" (deadline ").append(dates.day(stage.getDeadline())).append(")");
            if (stage.getEndReason() != null) {
                text.append(", ended ").append(day(stage.getEndedAt())).append(": ")
                        .append(ConflictWords.stageEnd(stage.getEndReason()));
            }
            text.append('\n');
            if (stage.getMeetingAt() != null) {
                text.append("  Meeting booked for ").append(dates.dateTime(stage.getMeetingAt()))
                        .append(stage.getMeetingPlace() == null ? "" : ", " + stage.getMeetingPlace()).append('\n');
            }
            if (stage.getMeetingHeldOn() != null) {
                text.append("  Meeting held on ").append(dates.day(stage.getMeetingHeldOn())).append('\n');
            }
            if (stage.getSummary() != null) {
                text.append("  ").append(name(stage.getRecordedBy())).append(": ").append(stage.getSummary()).append('\n');
            }
            if (stage.getProposedResolution() != null) {
                text.append("  Proposed or agreed: ").append(stage.getProposedResolution()).append('\n');
            }
            said.stream().filter(statement -> statement.getStage() == stage.getStage()).forEach(statement -> text
                    .append("  ").append(name(statement.getPartyId())).append(" (")
                    .append(ConflictWords.party(statement.getPartyRole())).append("): ")
                    .append(statement.isResolved() ? "resolved" : "not resolved")
                    .append(statement.getStatement() == null ? "" : " – " + statement.getStatement()).append('\n'));
        }
        return text.toString();
    }

    private String name(String staffId) {
        return staffId == null ? "" : staff.findById(staffId).map(m -> m.getFullName()).orElse(staffId);
    }

    private String day(Instant instant) {
        return dates.day(instant);
    }
}
