package org.supervision.learning;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A supervisor's self-assessment of knowledge and skills in the four areas of the
 * "whole system" approach to reflective supervision (CPD in social work case studies):
 * reflective practice, supervision skills, principles/policies/procedures and the PCF,
 * each rated 1 (not confident) to 5 (could teach it).
 */
@Entity
@Table(name = "supervisor_self_assessment")
public class SupervisorSelfAssessment extends BaseEntity {

    /** The four areas with the need a low rating stands for. */
    public enum Area {
        REFLECTIVE_PRACTICE("Reflective practice: developing my own and supervisees' reflection"),
        SUPERVISION_SKILLS("Supervision skills: training in giving reflective supervision"),
        POLICIES_PROCEDURES("Principles, policies and procedures of supervision"),
        PCF("The Professional Capabilities Framework in supervision and appraisal");

        final String need;

        Area(String need) {
            this.need = need;
        }

        public String need() {
            return need;
        }
    }

    @Column(name = "supervisor_id", nullable = false, updatable = false)
    private String supervisorId;
    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;
    @Column(name = "reflective_practice", nullable = false, updatable = false)
    private int reflectivePractice;
    @Column(name = "supervision_skills", nullable = false, updatable = false)
    private int supervisionSkills;
    @Column(name = "policies_procedures", nullable = false, updatable = false)
    private int policiesProcedures;
    @Column(nullable = false, updatable = false)
    private int pcf;
    @Column(updatable = false)
    private String notes;

    protected SupervisorSelfAssessment() {
    }

    SupervisorSelfAssessment(String supervisorId, LocalDate completedOn, Map<Area, Integer> ratings, String notes) {
        this.supervisorId = supervisorId;
        this.completedOn = completedOn;
        this.reflectivePractice = ratings.get(Area.REFLECTIVE_PRACTICE);
        this.supervisionSkills = ratings.get(Area.SUPERVISION_SKILLS);
        this.policiesProcedures = ratings.get(Area.POLICIES_PROCEDURES);
        this.pcf = ratings.get(Area.PCF);
        this.notes = notes;
    }

    public Map<Area, Integer> ratings() {
        Map<Area, Integer> ratings = new LinkedHashMap<>();
        ratings.put(Area.REFLECTIVE_PRACTICE, reflectivePractice);
        ratings.put(Area.SUPERVISION_SKILLS, supervisionSkills);
        ratings.put(Area.POLICIES_PROCEDURES, policiesProcedures);
        ratings.put(Area.PCF, pcf);
        return ratings;
    }

    public String getSupervisorId() { return supervisorId; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getNotes() { return notes; }
}
