package org.supervision.session;

import org.supervision.shared.StaffId;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.supervision.audit.RecordAccessPolicy;
import org.supervision.staff.SupervisionType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Sessions due, held and overdue, and their records with signatures and disputes, for the parties. */
@RestController
@RequestMapping("/api/staff/{staffId}/sessions")
class SessionController {

    private final SupervisionSessionRepository sessions;
    private final SessionPostponementRepository postponements;
    private final SessionRecordRepository records;
    private final SessionActionRepository actions;
    private final IdentifiedLearningNeedRepository learningNeeds;
    private final RecordAccessPolicy access;

    SessionController(SupervisionSessionRepository sessions, SessionPostponementRepository postponements,
                      SessionRecordRepository records, SessionActionRepository actions,
                      IdentifiedLearningNeedRepository learningNeeds, RecordAccessPolicy access) {
        this.sessions = sessions;
        this.postponements = postponements;
        this.records = records;
        this.actions = actions;
        this.learningNeeds = learningNeeds;
        this.access = access;
    }

    record PostponementView(SessionPostponement.Kind kind, SessionPostponement.RequestedBy requestedBy, String reason,
                            Instant previouslyStartsAt, Instant recordedAt, LocalDate rebookBy, Instant rebookedAt) {
    }

    record SessionView(Long id, SupervisionType type, int sequenceNumber, LocalDate dueOn, SessionStatus status,
                       boolean overdue, Instant startsAt, String place, LocalDate heldOn, String heldWith,
                       List<PostponementView> postponements) {
    }

    record ActionView(String description, String owner, LocalDate dueOn) {
    }

    record RecordView(Long id, int version, RecordStatus status, Long correctsRecordId, String correctionReason,
                      String carriedForward, RecordContent content, String recordedBy, Instant recordedAt,
                      String superviseeConfirmedBy, Instant superviseeConfirmedAt, String superviseeStatement,
                      String supervisorStatement, Long discussedInSessionId, List<ActionView> actions,
                      List<String> learningNeeds) {
    }

    @GetMapping
    List<SessionView> sessions(@PathVariable @StaffId String staffId, Principal user) {
        access.check(user.getName(), staffId, "sessions");
        return sessions.findByStaffIdOrderByDueOnAscIdAsc(staffId).stream().map(s -> new SessionView(s.getId(),
                s.getSupervisionType(), s.getSequenceNumber(), s.getDueOn(), s.getStatus(), s.isOverdue(),
                s.getStartsAt(), s.getPlace(), s.getHeldOn(), s.getHeldWith(),
                postponements.findBySessionIdOrderByRecordedAtAsc(s.getId()).stream()
                        .map(p -> new PostponementView(p.getKind(), p.getRequestedBy(), p.getReason(),
                                p.getPreviouslyStartsAt(), p.getRecordedAt(), p.getRebookBy(), p.getRebookedAt()))
                        .toList())).toList();
    }

    /** Every version of the session's record, oldest first: corrections never replace what was signed. */
    @Operation(summary = "Every version of the session's record, oldest first, with signatures, disputes, actions and learning needs")
    @GetMapping("/{sessionId}/record")
    List<RecordView> record(@PathVariable @StaffId String staffId, @PathVariable Long sessionId, Principal user) {
        access.check(user.getName(), staffId, "session record " + sessionId);
        SupervisionSession session = sessions.findById(sessionId)
                .filter(s -> s.getStaffId().equals(staffId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No session " + sessionId + " of " + staffId));
        List<SessionRecord> versions = records.findBySessionIdOrderByRecordVersionAsc(session.getId());
        if (versions.isEmpty()) {
            return List.of();
        }
        // agreed in the session, so written with its first version; a correction changes the text, not them
        Long agreedWith = versions.get(0).getId();
        List<ActionView> agreedActions = actions.findByRecordIdOrderByIdAsc(agreedWith).stream()
                .map(a -> new ActionView(a.getDescription(), a.getOwner(), a.getDueOn())).toList();
        List<String> identifiedNeeds = learningNeeds.findByRecordIdOrderByIdAsc(agreedWith).stream()
                .map(IdentifiedLearningNeed::getDescription).toList();
        return versions.stream().map(r -> new RecordView(
                r.getId(), r.getRecordVersion(), r.getStatus(), r.getCorrectsRecordId(), r.getCorrectionReason(),
                r.getCarriedForward(), r.content(), r.getRecordedBy(), r.getRecordedAt(), r.getSuperviseeConfirmedBy(),
                r.getSuperviseeConfirmedAt(), r.getSuperviseeStatement(), r.getSupervisorStatement(),
                r.getDiscussedInSessionId(), agreedActions, identifiedNeeds)).toList();
    }
}
