package org.supervision.workspace;

import org.supervision.agreement.OneToOneFrequency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.supervision.agreement.AgreementStatus;
import org.supervision.agreement.SupervisionAgreement;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.learning.CpdEntry;
import org.supervision.learning.CpdEntryRepository;
import org.supervision.learning.LearningPlan;
import org.supervision.learning.LearningPlanRepository;
import org.supervision.learning.PlanItemRepository;
import org.supervision.session.SessionRecord;
import org.supervision.session.SessionRecordRepository;
import org.supervision.session.SessionStatus;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisee's own supervision, gathered from the agreement, session and learning
 * features for their home page. Each read goes through {@link RecordAccessPolicy} as the
 * features' own APIs do, so the person's reads of their records are logged like anyone's.
 */
@Component
class MySupervision {

    record Agreement(Integer version, String supervisorName, String frequency, String length, int directObservationsPerYear,
                     String groundRules, String recordingArrangements, String conflictHandling, String therapyDistinction,
                     LocalDate equalityDiscussedOn, LocalDate firstSessionOn, List<String> otherSupervision,
                     String supervisorSignedByName, Instant supervisorSignedAt, String superviseeSignedByName,
                     Instant superviseeSignedAt) {
    }

    /** A session; {@code record} and {@code recordTag} only for held ones. */
    record Session(String type, LocalDate dueOn, String status, boolean overdue, Instant startsAt, String place,
                   LocalDate heldOn, String record, String recordTag) {
    }

    record PlanItem(String need, String plannedActivity, LocalDate byWhen, String status) {
    }

    record Cpd(LocalDate date, String activity, String category, BigDecimal hours) {
    }

    record Learning(boolean hasPlan, LocalDate agreedOn, LocalDate dueOn, LocalDate lastReviewedOn, List<PlanItem> items,
                    List<Cpd> cpd, BigDecimal cpdHours) {
    }

    /** {@code agreement} null: none in force; {@code negotiating}: a draft is being agreed. */
    record Overview(Agreement agreement, boolean negotiating, List<Session> upcoming, List<Session> past, Learning learning) {
    }

    private static final Set<SessionStatus> TO_COME = Set.of(SessionStatus.DUE, SessionStatus.BOOKED, SessionStatus.POSTPONED);

    private final RecordAccessPolicy access;
    private final SupervisionAgreementRepository agreements;
    private final SupervisionSessionRepository sessions;
    private final SessionRecordRepository records;
    private final LearningPlanRepository plans;
    private final PlanItemRepository items;
    private final CpdEntryRepository cpd;
    private final StaffMemberRepository staff;
    private final OneToOneFrequency oneToOne;

    MySupervision(RecordAccessPolicy access, SupervisionAgreementRepository agreements, SupervisionSessionRepository sessions,
                  SessionRecordRepository records, LearningPlanRepository plans, PlanItemRepository items,
                  CpdEntryRepository cpd, StaffMemberRepository staff, OneToOneFrequency oneToOne) {
        this.oneToOne = oneToOne;
        this.access = access;
        this.agreements = agreements;
        this.sessions = sessions;
        this.records = records;
        this.plans = plans;
        this.items = items;
        this.cpd = cpd;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    Overview of(String userId) {
        Agreement agreement = agreement(userId);
        access.check(userId, userId, "sessions");
        return new Overview(agreement, negotiating(userId), sessions(userId, true), sessions(userId, false),
                learning(userId));
    }

    private Agreement agreement(String userId) {
        access.check(userId, userId, "agreements");
        SupervisionAgreement a = agreements.findByStaffIdAndStatus(userId, AgreementStatus.SIGNED).orElse(null);
        if (a == null) {
            return null;
        }
        List<String> other = a.getArrangements().stream()
                .map(arrangement -> arrangement.getType().label()
                        + (arrangement.getProviderId() == null ? "" : " with " + name(arrangement.getProviderId()))
                        + ": " + Wording.every(arrangement.getIntervalDays())
                        .toLowerCase() + ", " + Wording.minutes(arrangement.getDurationMinutes()))
                .toList();
        return new Agreement(a.getAgreementVersion(), name(a.getSupervisorId()), Wording.every(a.getFrequencyDays()) + oneToOne.withGroupCasework(a),
                Wording.minutes(a.getDurationMinutes()), a.getDirectObservationsPerYear(), a.getGroundRules(),
                a.getRecordingArrangements(), a.getConflictHandling(), a.getTherapyDistinction(),
                a.getEqualityDiscussedOn(), a.getFirstSessionOn(), other, name(a.getSupervisorSignedBy()),
                a.getSupervisorSignedAt(), name(a.getSuperviseeSignedBy()), a.getSuperviseeSignedAt());
    }

    private boolean negotiating(String userId) {
        return agreements.existsByStaffIdAndStatus(userId, AgreementStatus.DRAFT);
    }

    /** Upcoming ones soonest first; past ones newest first. */
    private List<Session> sessions(String userId, boolean toCome) {
        Stream<SupervisionSession> mine = sessions.findByStaffIdOrderByDueOnAscIdAsc(userId).stream()
                .filter(s -> TO_COME.contains(s.getStatus()) == toCome);
        if (!toCome) {
            mine = mine.sorted(Comparator.comparing((SupervisionSession s) -> s.getHeldOn() == null ? s.getDueOn() : s.getHeldOn())
                    .reversed());
        }
        return mine.map(s -> {
            boolean held = s.getStatus() == SessionStatus.HELD;
            var status = held ? records.latestOf(s.getId()).map(SessionRecord::getStatus).orElse(null) : null;
            return new Session(s.getSupervisionType().label(), s.getDueOn(),
                    Wording.session(s.getStatus()), s.isOverdue(), s.getStartsAt(), s.getPlace(), s.getHeldOn(),
                    held ? Wording.recordForSupervisee(status) : null, held ? Wording.recordTag(status) : null);
        }).toList();
    }

    private Learning learning(String userId) {
        access.check(userId, userId, "learning plan and CPD log");
        LearningPlan plan = plans.findByStaffId(userId).orElse(null);
        List<PlanItem> planItems = items.findByStaffIdOrderByIdAsc(userId).stream()
                .map(i -> new PlanItem(i.getNeed(), i.getPlannedActivity(), i.getByWhen(), Wording.planItem(i.getStatus())))
                .toList();
        List<CpdEntry> entries = cpd.findByStaffIdOrderByActivityDateAscIdAsc(userId);
        List<Cpd> log = entries.stream().sorted(Comparator.comparing(CpdEntry::getActivityDate).reversed())
                .map(e -> new Cpd(e.getActivityDate(), e.getActivity(), e.getCategory() == null ? "" : Wording.sentence(e.getCategory()), e.getHours()))
                .toList();
        BigDecimal hours = entries.stream().map(CpdEntry::getHours).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Learning(plan != null, plan == null ? null : plan.getAgreedOn(), plan == null ? null : plan.getDueOn(),
                plan == null ? null : plan.getLastReviewedOn(), planItems, log, hours);
    }

    private String name(String staffId) {
        return staffId == null ? null : staff.findById(staffId).map(StaffMember::getFullName).orElse(staffId);
    }
}
