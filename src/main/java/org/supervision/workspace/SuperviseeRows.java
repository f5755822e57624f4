package org.supervision.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supervision.agreement.AgreementStatus;
import org.supervision.agreement.FrequencyPolicy;
import org.supervision.agreement.SupervisionAgreement;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.appraisal.Appraisal;
import org.supervision.appraisal.AppraisalRepository;
import org.supervision.audit.RecordAccessDeniedException;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.conflict.ConflictCase;
import org.supervision.conflict.ConflictCaseRepository;
import org.supervision.conflict.ConflictWords;
import org.supervision.learning.LearningPlan;
import org.supervision.learning.LearningPlanRepository;
import org.supervision.session.SessionRecordRepository;
import org.supervision.session.SessionStatus;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.shared.SupervisionClock;
import org.supervision.staff.StaffMember;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the rows of "My supervisees" and "My teams". Whatever the number of people, one
 * query per kind of record (sessions, agreements, disputes, appraisals, learning plans,
 * conflict cases), each for the whole list of staff ids. Each supervisee's records are read
 * through {@link RecordAccessPolicy}, so every row is in the access log like any other read.
 */
@Component
class SuperviseeRows {

    /** How far ahead the diary of booked sessions looks. */
    static final int DIARY_DAYS = 14;

    private final SupervisionSessionRepository sessions;
    private final SessionRecordRepository records;
    private final SupervisionAgreementRepository agreements;
    private final AppraisalRepository appraisals;
    private final LearningPlanRepository plans;
    private final ConflictCaseRepository conflicts;
    private final FrequencyPolicy frequencies;
    private final RecordAccessPolicy access;
    private final SupervisionClock clock;

    SuperviseeRows(SupervisionSessionRepository sessions, SessionRecordRepository records,
                   SupervisionAgreementRepository agreements, AppraisalRepository appraisals, LearningPlanRepository plans,
                   ConflictCaseRepository conflicts, @Qualifier(FrequencyPolicy.FOR_PAGES) FrequencyPolicy frequencies,
                   RecordAccessPolicy access,
                   SupervisionClock clock) {
        this.sessions = sessions;
        this.records = records;
        this.agreements = agreements;
        this.appraisals = appraisals;
        this.plans = plans;
        this.conflicts = conflicts;
        this.frequencies = frequencies;
        this.access = access;
        this.clock = clock;
    }

    /** The rows, in name order, and the sessions booked in the coming {@value #DIARY_DAYS} days. */
    record Overview(List<SuperviseeRow> rows, List<UpcomingSession> upcoming) {

        public long overdue() {
            return rows.stream().filter(SuperviseeRow::overdue).count();
        }

        public long withEscalations() {
            return rows.stream().filter(row -> !row.escalations().isEmpty()).count();
        }

        public long openDisputes() {
            return rows.stream().mapToLong(SuperviseeRow::openDisputes).sum();
        }
    }

    /**
     * The overview of these supervisees as {@code viewerId} may see it. A supervisee whose
     * records the viewer may not read (say, supervised by someone outside their line) is left
     * out; the refusal is logged like any other. Read only: the interval in force is asked of
     * the pages' frequency policy, which records nothing (Camunda's DecisionService would write
     * each evaluation to its history, which PostgreSQL refuses in a read-only transaction).
     */
    @Transactional(readOnly = true)
    Overview of(String viewerId, Collection<StaffMember> supervisees, String page) {
        List<StaffMember> readable = supervisees.stream().filter(member -> mayRead(viewerId, member, page))
                .sorted(Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName))
                .toList();
        if (readable.isEmpty()) {
            return new Overview(List.of(), List.of());
        }
        List<String> ids = readable.stream().map(StaffMember::getId).toList();
        Map<String, List<SupervisionSession>> sessionsOf = sessions.findByStaffIdInOrderByDueOnAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(SupervisionSession::getStaffId));
        Map<String, List<SupervisionAgreement>> agreementsOf = agreements.findByStaffIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(SupervisionAgreement::getStaffId));
        Map<String, Long> disputes = records.openDisputesOf(ids).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // ordered by id, so the last one per person is their latest appraisal
        Map<String, Appraisal> appraisalOf = appraisals.findByStaffIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.toMap(Appraisal::getStaffId, Function.identity(), (earlier, later) -> later));
        Map<String, LearningPlan> planOf = plans.findByStaffIdIn(ids).stream()
                .collect(Collectors.toMap(LearningPlan::getStaffId, Function.identity(), (one, other) -> one));
        Map<String, List<ConflictCase>> casesOf = conflicts.findBySuperviseeIdInAndClosedAtIsNull(ids).stream()
                .collect(Collectors.groupingBy(ConflictCase::getSuperviseeId));

        LocalDate today = clock.today();
        List<SuperviseeRow> rows = new ArrayList<>();
        List<UpcomingSession> upcoming = new ArrayList<>();
        for (StaffMember member : readable) {
            List<SupervisionSession> own = sessionsOf.getOrDefault(member.getId(), List.of());
            Optional<SupervisionSession> lastHeld = own.stream().filter(s -> s.getStatus() == SessionStatus.HELD)
                    .max(Comparator.comparing(SupervisionSession::getHeldOn));
            rows.add(new SuperviseeRow(member.getId(), member.getFullName(), Wording.categoryAndTenure(member, today),
                    agreement(member, agreementsOf.getOrDefault(member.getId(), List.of()), today),
                    lastHeld.map(SupervisionSession::getHeldOn).orElse(null),
                    lastHeld.map(s -> s.isOverdueOn(today)).orElse(false),
                    own.stream().filter(SupervisionSession::isToCome).map(SupervisionSession::getDueOn)
                            .min(Comparator.naturalOrder()).orElse(null),
                    own.stream().filter(SupervisionSession::isToCome).filter(s -> s.isOverdueOn(today))
                            .map(SupervisionSession::getDueOn).min(Comparator.naturalOrder()).orElse(null),
                    disputes.getOrDefault(member.getId(), 0L).intValue(),
                    casesOf.getOrDefault(member.getId(), List.of()).stream()
                            .map(c -> c.getSupervisionType().label() + ": " + ConflictWords.stage(c.getStage()))
                            .toList(),
                    Wording.appraisal(appraisalOf.get(member.getId())),
                    learningPlan(planOf.get(member.getId()), today)));
            upcoming.addAll(booked(member, own, today));
        }
        upcoming.sort(Comparator.comparing(UpcomingSession::startsAt));
        return new Overview(List.copyOf(rows), List.copyOf(upcoming));
    }

    private boolean mayRead(String viewerId, StaffMember member, String page) {
        try {
            access.check(viewerId, member.getId(), "supervision overview (" + page + ")");
            return true;
        } catch (RecordAccessDeniedException refused) {
            return false;
        }
    }

    /**
     * "Signed, every 28 days": the interval the session cycle will use after a session held
     * today, from the same decision ("Interval to the next session"), so an ASYE agreed at the
     * policy minimum shows fortnightly from week 6 without a new agreement.
     */
    private String agreement(StaffMember member, List<SupervisionAgreement> all, LocalDate today) {
        Optional<SupervisionAgreement> inForce = all.stream().filter(a -> a.getStatus() == AgreementStatus.SIGNED).findFirst();
        boolean underReview = all.stream().anyMatch(a -> a.getStatus() == AgreementStatus.DRAFT);
        if (inForce.isPresent()) {
            String text = "Signed, " + Wording.frequency(intervalInForce(member, inForce.get(), today));
            return underReview ? text + "; a new version is being agreed" : text;
        }
        if (underReview) {
            return "Being agreed";
        }
        if (all.isEmpty()) {
            return "No agreement yet";
        }
        return switch (all.get(all.size() - 1).getStatus()) {
            case ESCALATED -> "Not agreed: with the line manager";
            case ENDED -> "Ended";
            default -> "No agreement in force";
        };
    }

    Integer intervalInForce(StaffMember member, SupervisionAgreement agreement, LocalDate today) {
        return frequencies.intervalToNextSession(member, agreement, SupervisionType.MANAGEMENT, today).orElse(null);
    }

    private static String learningPlan(LearningPlan plan, LocalDate today) {
        if (plan == null) {
            return "No plan yet";
        }
        if (plan.getAgreedOn() == null) {
            return plan.getDueOn().isBefore(today) ? "Not agreed, overdue" : "To be agreed";
        }
        return "Agreed";
    }

    private List<UpcomingSession> booked(StaffMember member, List<SupervisionSession> own, LocalDate today) {
        return own.stream().filter(s -> s.getStatus() == SessionStatus.BOOKED && s.getStartsAt() != null)
                .filter(s -> isWithinDiary(s.getStartsAt(), today))
                .map(s -> new UpcomingSession(s.getStartsAt(), member.getId(), member.getFullName(),
                        s.getSupervisionType().label(), s.getPlace()))
                .toList();
    }

    private boolean isWithinDiary(Instant startsAt, LocalDate today) {
        LocalDate day = LocalDate.ofInstant(startsAt, clock.zone());
        return !day.isBefore(today) && !day.isAfter(today.plusDays(DIARY_DAYS));
    }
}
