package org.supervision.workspace;

import org.supervision.agreement.OneToOneFrequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.supervision.agreement.AgreementStatus;
import org.supervision.agreement.SupervisionAgreement;
import org.supervision.agreement.SupervisionAgreementRepository;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.learning.CpdEntryRepository;
import org.supervision.learning.LearningPlanRepository;
import org.supervision.learning.PlanItemRepository;
import org.supervision.session.RecordContent;
import org.supervision.session.SessionAction;
import org.supervision.session.SessionActionRepository;
import org.supervision.session.SessionPostponement;
import org.supervision.session.SessionPostponementRepository;
import org.supervision.session.SessionRecord;
import org.supervision.session.SessionRecordRepository;
import org.supervision.session.SupervisionSession;
import org.supervision.session.SupervisionSessionRepository;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.workspace.SuperviseeFile.Agreement;
import org.supervision.workspace.SuperviseeFile.RecordVersion;
import org.supervision.workspace.SuperviseeFile.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one supervisee's supervision file for the supervisee page. Each kind of record is
 * read through {@link RecordAccessPolicy} under its own name, so the access log says what
 * was seen; the first refusal ends the read ({@code RecordAccessDeniedException}).
 */
@Component
class SuperviseeFiles {

    private final StaffMemberRepository staff;
    private final SupervisionAgreementRepository agreements;
    private final SupervisionSessionRepository sessions;
    private final SessionPostponementRepository postponements;
    private final SessionRecordRepository records;
    private final SessionActionRepository actions;
    private final LearningPlanRepository plans;
    private final PlanItemRepository planItems;
    private final CpdEntryRepository cpd;
    private final SuperviseeRows rows;
    private final RecordAccessPolicy access;
    private final SupervisionClock clock;
    private final UkDates dates;
    private final OneToOneFrequency oneToOne;

    SuperviseeFiles(StaffMemberRepository staff, SupervisionAgreementRepository agreements,
                    SupervisionSessionRepository sessions, SessionPostponementRepository postponements,
                    SessionRecordRepository records, SessionActionRepository actions, LearningPlanRepository plans,
                    PlanItemRepository planItems, CpdEntryRepository cpd, SuperviseeRows rows, RecordAccessPolicy access,
                    SupervisionClock clock, UkDates dates, OneToOneFrequency oneToOne) {
        this.oneToOne = oneToOne;
        this.staff = staff;
        this.agreements = agreements;
        this.sessions = sessions;
        this.postponements = postponements;
        this.records = records;
        this.actions = actions;
        this.plans = plans;
        this.planItems = planItems;
        this.cpd = cpd;
        this.rows = rows;
        this.access = access;
        this.clock = clock;
        this.dates = dates;
    }

    /** Empty when nobody has this id. */
    @Transactional(readOnly = true)
    Optional<SuperviseeFile> of(String viewerId, String staffId) {
        Optional<StaffMember> found = staff.findById(staffId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffMember member = found.get();
        LocalDate today = clock.today();

        access.check(viewerId, staffId, "supervision agreements (supervisee page)");
        List<SupervisionAgreement> allAgreements = agreements.findByStaffIdOrderByIdAsc(staffId);
        access.check(viewerId, staffId, "sessions and session records (supervisee page)");
        List<SupervisionSession> own = sessions.findByStaffIdOrderByDueOnAscIdAsc(staffId);
        List<Long> sessionIds = own.stream().map(SupervisionSession::getId).toList();
        List<SessionRecord> versions = sessionIds.isEmpty() ? List.of() : records.findBySessionIdInOrderByRecordVersionAsc(sessionIds);
        List<SessionPostponement> postponed = sessionIds.isEmpty() ? List.of()
                : postponements.findBySessionIdInOrderByRecordedAtAsc(sessionIds);
        List<Long> recordIds = versions.stream().map(SessionRecord::getId).toList();
        List<SessionAction> agreedActions = recordIds.isEmpty() ? List.of() : actions.findByRecordIdInOrderByIdAsc(recordIds);
        access.check(viewerId, staffId, "learning plan and CPD log (supervisee page)");

        Names names = new Names(peopleNamedIn(allAgreements, own, versions, postponed));
        Optional<SupervisionAgreement> inForce = allAgreements.stream()
                .filter(a -> a.getStatus() == AgreementStatus.SIGNED).findFirst();
        List<Agreement> earlier = allAgreements.stream().filter(a -> a.getAgreementVersion() != null)
                .filter(a -> a.getStatus() != AgreementStatus.SIGNED)
                .sorted((a, b) -> b.getAgreementVersion() - a.getAgreementVersion())
                .map(a -> agreement(a, names, null)).toList();

        Map<Long, List<SessionRecord>> versionsOf = versions.stream().collect(Collectors.groupingBy(SessionRecord::getSessionId));
        Map<Long, List<SessionPostponement>> postponedOf = postponed.stream()
                .collect(Collectors.groupingBy(SessionPostponement::getSessionId));
        Map<Long, List<SessionAction>> actionsOf = agreedActions.stream().collect(Collectors.groupingBy(SessionAction::getRecordId));
        // newest first: the page is read for what happened lately
        List<Session> sessionViews = new ArrayList<>();
        for (int i = own.size() - 1; i >= 0; i--) {
            SupervisionSession s = own.get(i);
            sessionViews.add(session(s, names, today, versionsOf.getOrDefault(s.getId(), List.of()),
                    postponedOf.getOrDefault(s.getId(), List.of()), actionsOf));
        }

        var plan = plans.findByStaffId(staffId);
        return Optional.of(new SuperviseeFile(member.getFullName(), Wording.categoryAndTenure(member, today),
                inForce.map(a -> agreement(a, names, rows.intervalInForce(member, a, today))).orElse(null), earlier,
                agreementNote(allAgreements),
                sessionViews,
                plan.map(p -> p.getAgreedOn() != null ? "Agreed on " + day(p.getAgreedOn())
                                + (p.getLastReviewedOn() != null && !p.getLastReviewedOn().equals(p.getAgreedOn())
                                ? ", last reviewed on " + day(p.getLastReviewedOn()) : "")
                                : "Not agreed yet: due by " + day(p.getDueOn()))
                        .orElse("No learning plan yet"),
                planItems.findByStaffIdOrderByIdAsc(staffId).stream().map(item -> new SuperviseeFile.PlanItem(item.getNeed(),
                        item.getPlannedActivity(), item.getByWhen(), Wording.sentence(item.getStatus()))).toList(),
                cpd.findByStaffIdOrderByActivityDateAscIdAsc(staffId).stream().map(entry -> new SuperviseeFile.Cpd(
                        entry.getActivityDate(), entry.getActivity(), Wording.sentence(entry.getCategory()), entry.getHours()))
                        .toList()));
    }

    /** What to say when no agreement is in force, or when a new version is under way. */
    private static String agreementNote(List<SupervisionAgreement> all) {
        if (all.stream().anyMatch(a -> a.getStatus() == AgreementStatus.DRAFT)) {
            return "A new version of the agreement is being agreed.";
        }
        if (all.stream().anyMatch(a -> a.getStatus() == AgreementStatus.ESCALATED)) {
            return "The parties could not agree; the supervisor's line manager is deciding.";
        }
        return null;
    }

    private Agreement agreement(SupervisionAgreement a, Names names, Integer intervalToday) {
        String frequency = "Management supervision " + Wording.frequency(a.getFrequencyDays());
        if (intervalToday != null && !intervalToday.equals(a.getFrequencyDays())) {
            frequency += "; " + Wording.frequency(intervalToday) + " from today, as the policy minimum changes with time in post";
        }
        frequency += oneToOne.withGroupCasework(a);
        return new Agreement(a.getAgreementVersion(), agreementStatus(a.getStatus()), frequency, a.getDurationMinutes(),
                a.getBelowMinimumReason(), a.getGroundRules(), a.getRecordingArrangements(), a.getConflictHandling(),
                a.getTherapyDistinction(), a.getEqualityDiscussedOn(), a.getFirstSessionOn(),
                a.getArrangements().stream().map(arrangement -> arrangement.getType().label() + " with "
                        + names.of(arrangement.getProviderId()) + ", " + Wording.frequency(arrangement.getIntervalDays())
                        + ", " + arrangement.getDurationMinutes() + " minutes").toList(),
                new SuperviseeFile.Signature(names.of(a.getSupervisorSignedBy()), a.getSupervisorSignedAt()),
                new SuperviseeFile.Signature(names.of(a.getSuperviseeSignedBy()), a.getSuperviseeSignedAt()),
                a.getSignedAt());
    }

    private static String agreementStatus(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "Being agreed";
            case SIGNED -> "In force";
            case SUPERSEDED -> "Replaced by a later version";
            case ESCALATED -> "Not agreed: escalated";
            case ENDED -> "Ended";
        };
    }

    private Session session(SupervisionSession s, Names names, LocalDate today, List<SessionRecord> versions,
                            List<SessionPostponement> postponed, Map<Long, List<SessionAction>> actionsOf) {
        String status = switch (s.getStatus()) {
            case DUE -> "Due, not booked yet";
            case BOOKED -> "Booked";
            case POSTPONED -> "Postponed, to be re-booked";
            case HELD -> s.getHeldOn().isAfter(s.getDueOn()) ? "Held late" : "Held";
            case ENDED -> "Not held: supervision ended";
        };
        return new Session(s.getSupervisionType().label() + ", session " + s.getSequenceNumber(), s.getDueOn(),
                status, s.isToCome() && s.isOverdueOn(today), s.getStartsAt(), s.getPlace(), s.getHeldOn(), names.of(s.getHeldWith()),
                postponed.stream().map(p -> postponement(p, names)).toList(),
                // actions are agreed in the session and written with its first version; corrections keep them
                versions.stream().map(r -> record(r, names, actionsOf.getOrDefault(versions.get(0).getId(), List.of()))).toList());
    }

    private String postponement(SessionPostponement p, Names names) {
        String what = p.getKind() == SessionPostponement.Kind.CANCELLED ? "Cancelled" : "Postponed";
        String by = p.getRequestedBy() == SessionPostponement.RequestedBy.SUPERVISEE ? "the supervisee" : "the supervisor";
        return what + " at the request of " + by + ", recorded by " + names.of(p.getRecordedBy()) + " on "
                + day(LocalDate.ofInstant(p.getRecordedAt(), clock.zone())) + ": " + p.getReason()
                + (p.getRebookedAt() != null ? " (re-booked)" : " (to be re-booked by " + day(p.getRebookBy()) + ")");
    }

    private static RecordVersion record(SessionRecord r, Names names, List<SessionAction> actions) {
        String status = switch (r.getStatus()) {
            case AWAITING_CONFIRMATION -> "Signed by the supervisor, waiting for the supervisee";
            case CONFIRMED -> "Confirmed by both";
            case DISPUTED -> "Disputed by the supervisee";
            case CORRECTED -> "Corrected by a later version";
        };
        RecordContent c = r.content();
        List<SuperviseeFile.Part> parts = new ArrayList<>();
        part(parts, "Supportive", c.supportive());
        part(parts, "Management", c.management());
        part(parts, "Educational", c.educational());
        part(parts, "Mediation", c.mediation());
        part(parts, "Decisions", c.decisions());
        part(parts, "Agreed", c.agreements());
        part(parts, "Disagreements", c.disagreements());
        part(parts, "For future sessions", c.futureItems());
        part(parts, "For the case record", c.caseRecordItems());
        return new RecordVersion(r.getRecordVersion(), status, names.of(r.getRecordedBy()), r.getRecordedAt(),
                r.getCorrectionReason(), r.getCarriedForward(), parts, r.getSuperviseeConfirmedAt(),
                r.getSuperviseeStatement(), r.getSuperviseeStatementAt(), r.getSupervisorStatement(),
                r.getSupervisorStatementAt(), actions.stream().map(a -> new SuperviseeFile.Action(a.getDescription(),
                a.getOwner(), a.getDueOn())).toList());
    }

    private static void part(List<SuperviseeFile.Part> parts, String heading, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new SuperviseeFile.Part(heading, text));
        }
    }

    private Map<String, String> peopleNamedIn(List<SupervisionAgreement> all, List<SupervisionSession> own,
                                              List<SessionRecord> versions, List<SessionPostponement> postponed) {
        Set<String> ids = new HashSet<>();
        all.forEach(a -> {
            ids.add(a.getSupervisorSignedBy());
            ids.add(a.getSuperviseeSignedBy());
            a.getArrangements().forEach(arrangement -> ids.add(arrangement.getProviderId()));
        });
        own.forEach(s -> ids.add(s.getHeldWith()));
        versions.forEach(r -> ids.add(r.getRecordedBy()));
        postponed.forEach(p -> ids.add(p.getRecordedBy()));
        ids.remove(null);
        return staff.findAllById(ids).stream().collect(Collectors.toMap(StaffMember::getId, StaffMember::getFullName));
    }

    private String day(LocalDate date) {
        return dates.day(date);
    }

    /** Full names by login id; someone no longer in the directory is named as such, not by id. */
    private record Names(Map<String, String> byId) {
        String of(String id) {
            return id == null ? null : byId.getOrDefault(id, "someone no longer in the directory");
        }
    }
}
