package org.supervision.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.supervision.shared.FormInput;
import org.supervision.staff.Routing;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.TaskInputException;
import org.supervision.shared.TextRules;
import org.supervision.staff.StaffMember;
import org.supervision.staff.StaffMemberRepository;
import org.supervision.staff.SupervisionRelationship;
import org.supervision.staff.SupervisionRelationshipRepository;
import org.supervision.staff.SupervisionType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' own development: their self-assessment turns
 * gaps into items of their own plan, and senior managers see which supervisors have no
 * recorded supervision training or receive no supervision themselves.
 */
@Component
public class SupervisorDevelopment {

    public enum Flag { NO_SUPERVISION_TRAINING, NOT_RECEIVING_SUPERVISION }

    public record SupervisorFlags(String supervisorId, String name, int supervisees, List<Flag> flags) {
    }

    static final Map<SupervisorSelfAssessment.Area, String> FIELDS = Map.of(
            SupervisorSelfAssessment.Area.REFLECTIVE_PRACTICE, "reflectivePractice",
            SupervisorSelfAssessment.Area.SUPERVISION_SKILLS, "supervisionSkills",
            SupervisorSelfAssessment.Area.POLICIES_PROCEDURES, "policiesProcedures",
            SupervisorSelfAssessment.Area.PCF, "pcf");

    private final SupervisorSelfAssessmentRepository assessments;
    private final LearningNeedCollector collector;
    private final LearningPlans plans;
    private final CpdEntryRepository cpd;
    private final SupervisionRelationshipRepository relationships;
    private final StaffMemberRepository staff;
    private final Routing routing;
    private final SupervisionClock clock;

    SupervisorDevelopment(SupervisorSelfAssessmentRepository assessments, LearningNeedCollector collector,
                          LearningPlans plans, CpdEntryRepository cpd, SupervisionRelationshipRepository relationships,
                          StaffMemberRepository staff, Routing routing, SupervisionClock clock) {
        this.assessments = assessments;
        this.collector = collector;
        this.plans = plans;
        this.cpd = cpd;
        this.relationships = relationships;
        this.staff = staff;
        this.routing = routing;
        this.clock = clock;
    }

    /** Stores the self-assessment and returns the plan items its gaps became. */
    @Transactional
    public List<PlanItem> selfAssess(String supervisorId, Map<String, Object> body) {
        Map<SupervisorSelfAssessment.Area, Integer> ratings = new EnumMap<>(SupervisorSelfAssessment.Area.class);
        for (SupervisorSelfAssessment.Area area : SupervisorSelfAssessment.Area.values()) {
            ratings.put(area, rating(body, FIELDS.get(area)));
        }
        Object notes = body == null ? null : body.get("notes");
        if (notes != null && !(notes instanceof String)) {
            throw new TaskInputException("notes", "must be text");
        }
        String notesText = notes == null || notes.toString().isBlank() ? null : notes.toString().trim();
        if (notesText != null && notesText.length() > FormInput.MAX_TEXT) {
            throw new TaskInputException("notes", "is " + notesText.length() + " characters long; at most "
                    + FormInput.MAX_TEXT + " are allowed");
        }
        if (notes != null) {
            TextRules.problem((String) notes).ifPresent(problem -> {
                throw new TaskInputException("notes", problem);
            });
        }
        assessments.save(new SupervisorSelfAssessment(supervisorId, clock.today(), ratings, notesText));
        List<PlanItem> added = collector.collect(supervisorId);
        plans.start(supervisorId);
        return added.stream().filter(item -> item.getSource().equals("SELF_ASSESSMENT")).toList();
    }

    private static int rating(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException(field, "is required: rate 1 (not confident) to 5 (could teach it)");
        }
        if (!(value instanceof Number || value instanceof String)) {
            throw new TaskInputException(field, "must be a whole number from 1 to 5");
        }
        try {
            int rating = Integer.parseInt(value.toString().trim());
            if (rating < 1 || rating > 5) {
                throw new TaskInputException(field, "must be between 1 and 5, not " + rating);
            }
            return rating;
        } catch (NumberFormatException e) {
            String shown = value.toString().length() > 20 ? value.toString().substring(0, 20) + "..." : value.toString();
            throw new TaskInputException(field, "'" + shown.replaceAll("\\p{Cntrl}", "?") + "' is not a whole number from 1 to 5");
        }
    }

    /** Every active supervisor with a current supervisee who lacks supervision training or supervision. */
    @Transactional(readOnly = true)
    public List<SupervisorFlags> flags() {
        LocalDate today = clock.today();
        Map<String, Integer> supervisees = new java.util.HashMap<>();
        for (SupervisionRelationship relationship : relationships.findAll()) {
            if (relationship.isValidOn(today) && staff.findById(relationship.getSuperviseeId())
                    .map(s -> s.isActiveOn(today)).orElse(false)) {
                supervisees.merge(relationship.getSupervisorId(), 1, Integer::sum);
            }
        }
        List<SupervisorFlags> flagged = new ArrayList<>();
        for (String supervisorId : new TreeSet<>(supervisees.keySet())) {
            StaffMember supervisor = staff.findById(supervisorId).orElse(null);
            if (supervisor == null || !supervisor.isActiveOn(today)) {
                continue;
            }
            List<Flag> flags = new ArrayList<>();
            if (!cpd.existsByStaffIdAndCategory(supervisorId, TrainingCategory.SUPERVISION_SKILLS)) {
                flags.add(Flag.NO_SUPERVISION_TRAINING);
            }
            if (!routing.hasSupervisor(supervisorId, SupervisionType.MANAGEMENT.name())) {
                flags.add(Flag.NOT_RECEIVING_SUPERVISION);
            }
            if (!flags.isEmpty()) {
                flagged.add(new SupervisorFlags(supervisorId, supervisor.getFullName(), supervisees.get(supervisorId), flags));
            }
        }
        return flagged;
    }
}
