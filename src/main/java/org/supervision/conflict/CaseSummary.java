package org.supervision.conflict;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.stereotype.Component;

/** The case as the forms show it: who, what, and each earlier stage with the parties' statements. */
@Component
class CaseSummary {

    private final ConflictStageRepository stages;
    private final ConflictStatementRepository statements;
    private final StaffMemberRepository staff;
    private final SupervisionClock clock;

    CaseSummary(ConflictStageRepository stages, ConflictStatementRepository statements, StaffMemberRepository staff,
                SupervisionClock clock) {
        this.stages = stages;
        this.statements = statements;
        this.staff = staff;
        this.clock = clock;
    }

    Map<String, Object> of(ConflictCase conflictCase) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("superviseeName", name(conflictCase.getSuperviseeId()));
        shown.put("supervisorName", name(conflictCase.getSupervisorId()));
        shown.put("supervisionTypeShown", conflictCase.getSupervisionType().name().toLowerCase());
        shown.put("concernShown", conflictCase.getConcern().name().toLowerCase());
        shown.put("descriptionShown", conflictCase.getDescription());
        shown.put("desiredOutcomeShown", conflictCase.getDesiredOutcome());
        shown.put("raisedOn", date(conflictCase.getRaisedAt()).toString());
        shown.put("caseHistory", history(conflictCase));
        return shown;
    }

    private String history(ConflictCase conflictCase) {
        List<ConflictStatement> said = statements.findByCaseIdOrderByMadeAtAscIdAsc(conflictCase.getId());
        StringBuilder text = new StringBuilder();
        for (ConflictStage stage : stages.findByCaseIdOrderByStageAsc(conflictCase.getId())) {
            text.append("Stage ").append(stage.getStage()).append(", from ").append(date(stage.getStartedAt()))
                    .append(" (deadline ").append(stage.getDeadline()).append(")");
            if (stage.getEndReason() != null) {
                text.append(", ended ").append(date(stage.getEndedAt())).append(": ")
                        .append(stage.getEndReason().name().toLowerCase().replace('_', ' '));
            }
            text.append('\n');
            if (stage.getMeetingHeldOn() != null) {
                text.append("  Meeting held on ").append(stage.getMeetingHeldOn()).append('\n');
            }
            if (stage.getSummary() != null) {
                text.append("  ").append(name(stage.getRecordedBy())).append(": ").append(stage.getSummary()).append('\n');
            }
            if (stage.getProposedResolution() != null) {
                text.append("  Proposed or agreed: ").append(stage.getProposedResolution()).append('\n');
            }
            said.stream().filter(statement -> statement.getStage() == stage.getStage()).forEach(statement -> text
                    .append("  ").append(name(statement.getPartyId())).append(" (")
                    .append(statement.getPartyRole().name().toLowerCase()).append("): ")
                    .append(statement.isResolved() ? "resolved" : "not resolved")
                    .append(statement.getStatement() == null ? "" : " – " + statement.getStatement()).append('\n'));
        }
        return text.toString();
    }

    private String name(String staffId) {
        return staffId == null ? "" : staff.findById(staffId).map(m -> m.getFullName()).orElse(staffId);
    }

    private LocalDate date(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, clock.zone());
    }
}
