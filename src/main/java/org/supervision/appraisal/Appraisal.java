package org.supervision.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One staff member's appraisal for one period, from self-appraisal to the moderated outcome. */
@Entity
@Table(name = "appraisal")
public class Appraisal {

    public enum Status { LAUNCHED, SELF_APPRAISAL, SUPERVISOR_APPRAISAL, MEETING, SIGNING, MODERATION, COMPLETED, ENDED_ON_LEAVING }

    public enum Recommendation { NONE, INCREMENTAL, CAREER_PROGRESSION }

    public enum PcfLevel { ASYE, SW, ESW, AP }

    public enum HrDecision { CAPABILITY_ROUTE, INFORMAL_SUPPORT, NO_FURTHER_ACTION }

    @Id
    // a block of ids per node (V12): a launch batch's appraisals are inserted together at commit
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;
    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AppraisalPeriod period;
    @Column(name = "appraisal_year", nullable = false, updatable = false)
    private int year;
    @Column(name = "launch_id", updatable = false)
    private Long launchId;
    @Column(name = "work_plan_id")
    private Long workPlanId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "launched_at", nullable = false, updatable = false)
    private Instant launchedAt;
    @Column(name = "self_assessment")
    private String selfAssessment;
    @Column(name = "self_achievements")
    private String selfAchievements;
    @Column(name = "self_development_wishes")
    private String selfDevelopmentWishes;
    @Column(name = "self_appraised_at")
    private Instant selfAppraisedAt;
    @Column(name = "supervisor_id")
    private String supervisorId;
    private String strengths;
    @Enumerated(EnumType.STRING)
    @Column(name = "pcf_level")
    private PcfLevel pcfLevel;
    @Column(name = "pcf_evidence")
    private String pcfEvidence;
    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;
    @Column(name = "recommendation_reason")
    private String recommendationReason;
    @Column(name = "supervisor_appraised_at")
    private Instant supervisorAppraisedAt;
    @Column(name = "performance_concern", nullable = false)
    private boolean performanceConcern;
    @Column(name = "performance_concern_text")
    private String performanceConcernText;
    @Enumerated(EnumType.STRING)
    @Column(name = "hr_decision")
    private HrDecision hrDecision;
    @Column(name = "hr_notes")
    private String hrNotes;
    @Column(name = "hr_decided_by")
    private String hrDecidedBy;
    @Column(name = "hr_decided_at")
    private Instant hrDecidedAt;
    @Column(name = "meeting_held_on")
    private LocalDate meetingHeldOn;
    @Column(name = "meeting_notes")
    private String meetingNotes;
    @Column(name = "supervisor_signed_by")
    private String supervisorSignedBy;
    @Column(name = "supervisor_signed_at")
    private Instant supervisorSignedAt;
    @Column(name = "supervisee_signed_at")
    private Instant superviseeSignedAt;
    @Column(name = "supervisee_comments")
    private String superviseeComments;
    @Column(name = "moderated_by")
    private String moderatedBy;
    @Column(name = "moderated_at")
    private Instant moderatedAt;
    @Column(name = "moderation")
    private String moderation;
    @Enumerated(EnumType.STRING)
    private Recommendation outcome;
    @Column(name = "moderation_notes")
    private String moderationNotes;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected Appraisal() {
    }

    Appraisal(String staffId, AppraisalPeriod period, int year, Long launchId, Instant launchedAt) {
        this.staffId = staffId;
        this.period = period;
        this.year = year;
        this.launchId = launchId;
        this.launchedAt = launchedAt;
        this.status = Status.LAUNCHED;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void open(Long workPlanId) {
        this.workPlanId = workPlanId;
        this.status = Status.SELF_APPRAISAL;
    }

    void selfAppraised(String assessment, String achievements, String wishes, Instant at) {
        this.selfAssessment = assessment;
        this.selfAchievements = achievements;
        this.selfDevelopmentWishes = wishes;
        this.selfAppraisedAt = at;
        this.status = Status.SUPERVISOR_APPRAISAL;
    }

    void supervisorAppraised(String supervisorId, String strengths, PcfLevel pcfLevel, String pcfEvidence,
                             Recommendation recommendation, String reason, boolean concern, String concernText,
                             Instant at) {
        this.supervisorId = supervisorId;
        this.strengths = strengths;
        this.pcfLevel = pcfLevel;
        this.pcfEvidence = pcfEvidence;
        this.recommendation = recommendation;
        this.recommendationReason = reason;
        this.performanceConcern = concern;
        this.performanceConcernText = concernText;
        this.supervisorAppraisedAt = at;
        this.status = Status.MEETING;
    }

    void meetingHeld(LocalDate heldOn, String notes) {
        this.meetingHeldOn = heldOn;
        this.meetingNotes = notes;
        this.status = Status.SIGNING;
    }

    void signedBySupervisor(String by, Instant at) {
        this.supervisorSignedBy = by;
        this.supervisorSignedAt = at;
    }

    void signedBySupervisee(String comments, Instant at) {
        this.superviseeComments = comments;
        this.superviseeSignedAt = at;
        this.status = Status.MODERATION;
    }

    void moderated(String by, Instant at, String moderation, Recommendation outcome, String notes) {
        this.moderatedBy = by;
        this.moderatedAt = at;
        this.moderation = moderation;
        this.outcome = outcome;
        this.moderationNotes = notes;
    }

    void complete(Instant at) {
        this.completedAt = at;
        this.status = Status.COMPLETED;
    }

    void endedOnLeaving() {
        this.status = Status.ENDED_ON_LEAVING;
    }

    void hrDecided(HrDecision decision, String notes, String by, Instant at) {
        this.hrDecision = decision;
        this.hrNotes = notes;
        this.hrDecidedBy = by;
        this.hrDecidedAt = at;
    }

    public Long getId() { return id; }
    public String getStaffId() { return staffId; }
    public AppraisalPeriod getPeriod() { return period; }
    public int getYear() { return year; }
    public Long getLaunchId() { return launchId; }
    public Long getWorkPlanId() { return workPlanId; }
    public Status getStatus() { return status; }
    public Instant getLaunchedAt() { return launchedAt; }
    public String getSelfAssessment() { return selfAssessment; }
    public String getSelfAchievements() { return selfAchievements; }
    public String getSelfDevelopmentWishes() { return selfDevelopmentWishes; }
    public Instant getSelfAppraisedAt() { return selfAppraisedAt; }
    public String getSupervisorId() { return supervisorId; }
    public String getStrengths() { return strengths; }
    public PcfLevel getPcfLevel() { return pcfLevel; }
    public String getPcfEvidence() { return pcfEvidence; }
    public Recommendation getRecommendation() { return recommendation; }
    public String getRecommendationReason() { return recommendationReason; }
    public Instant getSupervisorAppraisedAt() { return supervisorAppraisedAt; }
    public boolean isPerformanceConcern() { return performanceConcern; }
    public String getPerformanceConcernText() { return performanceConcernText; }
    public HrDecision getHrDecision() { return hrDecision; }
    public String getHrNotes() { return hrNotes; }
    public String getHrDecidedBy() { return hrDecidedBy; }
    public Instant getHrDecidedAt() { return hrDecidedAt; }
    public LocalDate getMeetingHeldOn() { return meetingHeldOn; }
    public String getMeetingNotes() { return meetingNotes; }
    public String getSupervisorSignedBy() { return supervisorSignedBy; }
    public Instant getSupervisorSignedAt() { return supervisorSignedAt; }
    public Instant getSuperviseeSignedAt() { return superviseeSignedAt; }
    public String getSuperviseeComments() { return superviseeComments; }
    public String getModeratedBy() { return moderatedBy; }
    public Instant getModeratedAt() { return moderatedAt; }
    public String getModeration() { return moderation; }
    public Recommendation getOutcome() { return outcome; }
    public String getModerationNotes() { return moderationNotes; }
    public Instant getCompletedAt() { return completedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
