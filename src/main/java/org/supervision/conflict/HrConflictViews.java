package org.supervision.conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.WorkingDayCalendar;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases as HR's pages show them: names instead of staff ids, stages and outcomes in
 * words, the age in working days (as the HR filter in Tasklist counts it) and UK dates.
 * Only cases that reached HR are ever listed: that is where HR's access begins.
 */
@Component
class HrConflictViews {

    /** One row of HR's queue. {@code deadline} is the current stage's; null once closed. */
    record QueueRow(long caseId, String superviseeName, String supervisorName, String stage, int workingDaysOpen,
                    LocalDate deadline, boolean overdue, String nextAction, LocalDate closedOn) {
    }

    record Statement(String name, String party, boolean resolved, String words, Instant madeAt) {
    }

    record StageFile(int stage, String title, Instant startedAt, LocalDate deadline, Instant meetingAt, String meetingPlace,
                     LocalDate meetingHeldOn, String summaryLabel, String summary, String recordedByName,
                     String proposedResolution, List<Statement> statements, Instant endedAt, String howItEnded) {
    }

    /** Everything known about a case, oldest stage first. */
    record CaseFile(long caseId, String superviseeName, String supervisorName, String lineManagerName,
                    String supervisionType, String raisedByName, LocalDate raisedOn, boolean raisedByProcess,
                    String concern, String description, String desiredOutcome, boolean open, String stage,
                    int workingDaysOpen, LocalDate deadline, boolean overdue, String nextAction, String outcome,
                    String outcomeNotes, String newSupervisorName, String withdrawalReason, LocalDate closedOn,
                    String closedByName, List<StageFile> stages) {
    }

    private final ConflictCaseRepository cases;
    private final ConflictStageRepository stages;
    private final ConflictStatementRepository statements;
    private final StaffMemberRepository staff;
    private final WorkingDayCalendar workingDays;
    private final SupervisionClock clock;

    HrConflictViews(ConflictCaseRepository cases, ConflictStageRepository stages, ConflictStatementRepository statements,
                    StaffMemberRepository staff, WorkingDayCalendar workingDays, SupervisionClock clock) {
        this.cases = cases;
        this.stages = stages;
        this.statements = statements;
        this.staff = staff;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** HR's queue in two parts: the open cases, longest at HR first, and the decided ones, newest decision first. */
    record Queue(List<QueueRow> waiting, List<QueueRow> decided) {
    }

    /** Cases that reached HR. */
    @Transactional(readOnly = true)
    Queue queue() {
        List<ConflictCase> reached = cases.findByReachedHrAtIsNotNullOrderByReachedHrAtAscIdAsc();
        Map<String, String> names = names(reached.stream()
                .flatMap(c -> Stream.of(c.getSuperviseeId(), c.getSupervisorId())).toList());
        LocalDate today = clock.today();
        // the current stage of each open case, in one query (a closed case's row needs none)
        Map<Long, Integer> openAt = reached.stream().filter(ConflictCase::isOpen)
                .collect(Collectors.toMap(ConflictCase::getId, ConflictCase::getStage));
        Map<Long, ConflictStage> currentOf = openAt.isEmpty() ? Map.of() : stages.findByCaseIdIn(openAt.keySet()).stream()
                .filter(stage -> stage.getStage() == openAt.get(stage.getCaseId()))
                .collect(Collectors.toMap(ConflictStage::getCaseId, stage -> stage));
        List<QueueRow> rows = reached.stream().map(c -> {
            ConflictStage current = currentOf.get(c.getId());
            LocalDate deadline = c.isOpen() && current != null ? current.getDeadline() : null;
            return new QueueRow(c.getId(), names.get(c.getSuperviseeId()), names.get(c.getSupervisorId()),
                    ConflictWords.where(c), workingDaysOpen(c), deadline, deadline != null && deadline.isBefore(today),
                    ConflictWords.nextAction(c, current), c.isOpen() ? null : day(c.getClosedAt()));
        }).toList();
        return new Queue(rows.stream().filter(row -> row.closedOn() == null).toList(),
                rows.stream().filter(row -> row.closedOn() != null)
                        .sorted(java.util.Comparator.comparing(QueueRow::closedOn).reversed()).toList());
    }

    /** The case's full history. The caller has checked access (and so logged the read). */
    @Transactional(readOnly = true)
    CaseFile caseFile(ConflictCase c) {
        List<ConflictStage> stageList = stages.findByCaseIdOrderByStageAsc(c.getId());
        List<ConflictStatement> said = statements.findByCaseIdOrderByMadeAtAscIdAsc(c.getId());
        Set<String> people = new HashSet<>(Stream.of(c.getSuperviseeId(), c.getSupervisorId(), c.getLineManagerId(),
                c.getRaisedBy(), c.getNewSupervisorId(), c.getClosedBy()).filter(Objects::nonNull).toList());
        stageList.stream().map(ConflictStage::getRecordedBy).filter(Objects::nonNull).forEach(people::add);
        said.forEach(s -> people.add(s.getPartyId()));
        Map<String, String> names = names(people);
        ConflictStage current = stageList.stream().filter(s -> s.getStage() == c.getStage()).findFirst().orElse(null);
        LocalDate deadline = c.isOpen() && current != null ? current.getDeadline() : null;
        List<StageFile> files = stageList.stream().map(stage -> new StageFile(stage.getStage(),
                ConflictWords.stageTitle(stage.getStage()),
                stage.getStartedAt(), stage.getDeadline(), stage.getMeetingAt(), stage.getMeetingPlace(),
                stage.getMeetingHeldOn(), summaryLabel(stage.getStage()), stage.getSummary(),
                names.get(stage.getRecordedBy()), stage.getProposedResolution(),
                said.stream().filter(s -> s.getStage() == stage.getStage())
                        .map(s -> new Statement(names.get(s.getPartyId()), ConflictWords.party(s.getPartyRole()),
                                s.isResolved(), s.getStatement(), s.getMadeAt())).toList(),
                stage.getEndedAt(), ConflictWords.stageEnd(stage.getEndReason()))).toList();
        return new CaseFile(c.getId(), names.get(c.getSuperviseeId()), names.get(c.getSupervisorId()),
                names.get(c.getLineManagerId()), c.getSupervisionType().label(),
                names.get(c.getRaisedBy()), day(c.getRaisedAt()), c.getRaisedBy() == null,
                ConflictWords.concern(c.getConcern()), c.getDescription(), c.getDesiredOutcome(), c.isOpen(),
                ConflictWords.where(c), workingDaysOpen(c), deadline, deadline != null && deadline.isBefore(clock.today()),
                ConflictWords.nextAction(c, current), ConflictWords.outcome(c.getOutcome()), c.getOutcomeNotes(),
                names.get(c.getNewSupervisorId()), c.getWithdrawalReason(), c.isOpen() ? null : day(c.getClosedAt()),
                names.get(c.getClosedBy()), files);
    }

    /** From the day it was raised to today, or to the day it closed. */
    private int workingDaysOpen(ConflictCase c) {
        LocalDate until = c.isOpen() ? clock.today() : day(c.getClosedAt());
        return workingDays.workingDaysBetween(day(c.getRaisedAt()), until);
    }

    private static String summaryLabel(int stage) {
        return switch (stage) {
            case ConflictCase.SUPERVISOR_STAGE -> "The supervisor's response";
            case ConflictCase.THREE_WAY_STAGE -> "Notes of the three-way meeting";
            default -> "HR's mediation";
        };
    }

    private Map<String, String> names(Collection<String> ids) {
        Set<String> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> names = staff.findAllById(wanted).stream()
                .collect(Collectors.toMap(StaffMember::getId, StaffMember::getFullName));
        // someone no longer in the directory keeps their user name rather than a blank
        wanted.forEach(id -> names.putIfAbsent(id, id));
        return names;
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }
}
