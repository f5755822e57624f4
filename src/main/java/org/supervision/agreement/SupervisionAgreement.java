package org.supervision.agreement;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import org.supervision.staff.SupervisionType;

/**
 * One negotiation of a supervision agreement and, once both parties signed, one version
 * of it. Signed versions are never edited: every change method refuses them.
 */
@Entity
@Table(name = "supervision_agreement")
public class SupervisionAgreement extends BaseEntity {

    @Column(name = "staff_id", nullable = false)
    private String staffId;
    @Column(name = "supervisor_id", nullable = false)
    private String supervisorId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status = AgreementStatus.DRAFT;
    @Column(name = "agreement_version")
    private Integer agreementVersion;
    @Column(name = "minimum_interval_days")
    private Integer minimumIntervalDays;
    @Column(name = "proposed_interval_days")
    private Integer proposedIntervalDays;
    @Column(name = "direct_observations_per_year")
    private int directObservationsPerYear;
    @Column(name = "frequency_days")
    private Integer frequencyDays;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    @Column(name = "below_minimum_reason")
    private String belowMinimumReason;
    @Column(name = "ground_rules")
    private String groundRules;
    @Column(name = "recording_arrangements")
    private String recordingArrangements;
    @Column(name = "conflict_handling")
    private String conflictHandling;
    @Column(name = "therapy_distinction")
    private String therapyDistinction;
    @Column(name = "equality_discussed_on")
    private LocalDate equalityDiscussedOn;
    @Column(name = "first_session_on")
    private LocalDate firstSessionOn;
    @Column(name = "change_request")
    private String changeRequest;
    @Column(name = "negotiation_rounds")
    private int negotiationRounds;
    @Column(name = "three_way_meeting_held_on")
    private LocalDate threeWayMeetingHeldOn;
    @Column(name = "three_way_meeting_notes")
    private String threeWayMeetingNotes;
    @Column(name = "deadlock_resolution")
    private String deadlockResolution;
    @Column(name = "supervisor_signed_by")
    private String supervisorSignedBy;
    @Column(name = "supervisor_signed_at")
    private Instant supervisorSignedAt;
    @Column(name = "supervisee_signed_by")
    private String superviseeSignedBy;
    @Column(name = "supervisee_signed_at")
    private Instant superviseeSignedAt;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "complex_or_high_risk", nullable = false)
    private boolean complexOrHighRisk;
    @Column(name = "group_casework_supervision", nullable = false)
    private boolean groupCaseworkSupervision;
    /** The weekly group casework group the supervisee attends, where one is set up in the product. */
    @Column(name = "group_casework_group_id")
    private Long groupCaseworkGroupId;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_reason", nullable = false, updatable = false)
    private ReviewReason reviewReason = ReviewReason.JOINED;
    // at most three rows, needed wherever the agreement is
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<SupervisionArrangement> arrangements = new ArrayList<>();
    @Version
    private long version;

    protected SupervisionAgreement() {
    }

    SupervisionAgreement(String staffId, String supervisorId, String processInstanceId, Integer minimumIntervalDays,
                         Integer proposedIntervalDays, int directObservationsPerYear) {
        this.staffId = staffId;
        this.supervisorId = supervisorId;
        this.processInstanceId = processInstanceId;
        this.minimumIntervalDays = minimumIntervalDays;
        this.proposedIntervalDays = proposedIntervalDays;
        this.frequencyDays = proposedIntervalDays;
        this.directObservationsPerYear = directObservationsPerYear;
    }

    /**
     * A review starts from the agreement in force, with each frequency as it is in force
     * today ({@code intervalInForce}, by type): an agreement made at the policy minimum of its
     * day follows the policy, so a weekly start for a newly qualified worker is not offered
     * again once the policy asks for less.
     */
    void startFrom(SupervisionAgreement inForce, ReviewReason reason, Function<SupervisionType, Integer> intervalInForce) {
        requireDraft();
        reviewReason = reason;
        if (inForce != null) {
            // after the ASYE year the frequency starts again from the post-ASYE policy, set in the constructor
            if (reason != ReviewReason.ASYE_COMPLETED) {
                frequencyDays = intervalInForce.apply(SupervisionType.MANAGEMENT);
                belowMinimumReason = inForce.belowMinimumReason;
            }
            durationMinutes = inForce.durationMinutes;
            groundRules = inForce.groundRules;
            recordingArrangements = inForce.recordingArrangements;
            conflictHandling = inForce.conflictHandling;
            therapyDistinction = inForce.therapyDistinction;
            equalityDiscussedOn = inForce.equalityDiscussedOn;
            complexOrHighRisk = inForce.complexOrHighRisk;
            groupCaseworkSupervision = inForce.groupCaseworkSupervision;
            groupCaseworkGroupId = inForce.groupCaseworkGroupId;
            inForce.arrangements.forEach(previous -> arrange(previous.getType(), previous.getProviderId(),
                    intervalInForce.apply(previous.getType()), previous.getPolicyIntervalDays(), previous.getDurationMinutes()));
        }
    }

    /** The circumstances the parties stated, and the policy minimum that follows from them. */
    void applyPolicy(FrequencyPolicy.Circumstances circumstances, Integer minimum) {
        requireDraft();
        complexOrHighRisk = circumstances.complexOrHighRisk();
        groupCaseworkSupervision = circumstances.groupCaseworkSupervision();
        minimumIntervalDays = minimum;
    }

    /** The weekly group casework group named in the agreement; none without weekly group casework. */
    void attendsGroupCasework(Long groupId) {
        requireDraft();
        groupCaseworkGroupId = groupCaseworkSupervision ? groupId : null;
    }

    public FrequencyPolicy.Circumstances circumstances() {
        return new FrequencyPolicy.Circumstances(complexOrHighRisk, groupCaseworkSupervision);
    }

    /**
     * Whether the supervisor has drafted in this negotiation: every draft books the first
     * session, and a review does not carry that date over from the version in force.
     */
    public boolean isDrafted() {
        return firstSessionOn != null;
    }

    void recordDraft(AgreementDraft draft) {
        requireDraft();
        frequencyDays = draft.frequencyDays();
        durationMinutes = draft.durationMinutes();
        belowMinimumReason = draft.belowMinimumReason();
        groundRules = draft.groundRules();
        recordingArrangements = draft.recordingArrangements();
        conflictHandling = draft.conflictHandling();
        therapyDistinction = draft.therapyDistinction();
        equalityDiscussedOn = draft.equalityDiscussedOn();
        firstSessionOn = draft.firstSessionOn();
    }

    void arrange(SupervisionType type, String providerId, Integer intervalDays, Integer policyIntervalDays,
                 int durationMinutes) {
        requireDraft();
        SupervisionArrangement arrangement = arrangementFor(type).orElseGet(() -> {
            SupervisionArrangement added = new SupervisionArrangement(this, type);
            arrangements.add(added);
            return added;
        });
        arrangement.agree(providerId, intervalDays, policyIntervalDays, durationMinutes);
    }

    /** Drops what the directory no longer lists, e.g. a peer supervisor who has left. */
    void keepArrangementsFor(List<SupervisionType> types) {
        requireDraft();
        arrangements.removeIf(arrangement -> !types.contains(arrangement.getType()));
    }

    public Optional<SupervisionArrangement> arrangementFor(SupervisionType type) {
        return arrangements.stream().filter(arrangement -> arrangement.getType() == type).findFirst();
    }

    public List<SupervisionArrangement> getArrangements() { return List.copyOf(arrangements); }

    void recordReview(boolean accepted, String proposedChanges) {
        requireDraft();
        negotiationRounds++;
        changeRequest = accepted ? null : proposedChanges;
    }

    void recordThreeWayMeeting(LocalDate heldOn, String notes) {
        requireDraft();
        threeWayMeetingHeldOn = heldOn;
        threeWayMeetingNotes = notes;
    }

    void signBySupervisor(String userId, Instant at) {
        requireDraft();
        supervisorSignedBy = userId;
        supervisorSignedAt = at;
    }

    void signBySupervisee(String userId, Instant at) {
        requireDraft();
        superviseeSignedBy = userId;
        superviseeSignedAt = at;
    }

    void putInForce(int versionNumber, Instant at) {
        requireDraft();
        if (supervisorSignedAt == null || superviseeSignedAt == null) {
            throw new IllegalStateException("Agreement " + getId() + " needs both signatures before it is in force");
        }
        status = AgreementStatus.SIGNED;
        agreementVersion = versionNumber;
        signedAt = at;
    }

    void supersede() {
        if (status != AgreementStatus.SIGNED) {
            throw new IllegalStateException("Only a signed agreement can be superseded, agreement " + getId() + " is " + status);
        }
        status = AgreementStatus.SUPERSEDED;
    }

    void end() {
        if (status != AgreementStatus.DRAFT && status != AgreementStatus.SIGNED) {
            throw new AgreementLockedException(this);
        }
        status = AgreementStatus.ENDED;
    }

    void escalate(String resolution) {
        requireDraft();
        deadlockResolution = resolution;
        status = AgreementStatus.ESCALATED;
    }

    private void requireDraft() {
        if (status != AgreementStatus.DRAFT) {
            throw new AgreementLockedException(this);
        }
    }

    public boolean isBelowMinimum(int frequencyDays) {
        return minimumIntervalDays != null && frequencyDays > minimumIntervalDays;
    }

    public String getStaffId() { return staffId; }
    public String getSupervisorId() { return supervisorId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public AgreementStatus getStatus() { return status; }
    public Integer getAgreementVersion() { return agreementVersion; }
    public Integer getMinimumIntervalDays() { return minimumIntervalDays; }
    public Integer getProposedIntervalDays() { return proposedIntervalDays; }
    public int getDirectObservationsPerYear() { return directObservationsPerYear; }
    public Integer getFrequencyDays() { return frequencyDays; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public String getBelowMinimumReason() { return belowMinimumReason; }
    public String getGroundRules() { return groundRules; }
    public String getRecordingArrangements() { return recordingArrangements; }
    public String getConflictHandling() { return conflictHandling; }
    public String getTherapyDistinction() { return therapyDistinction; }
    public LocalDate getEqualityDiscussedOn() { return equalityDiscussedOn; }
    public LocalDate getFirstSessionOn() { return firstSessionOn; }
    public String getChangeRequest() { return changeRequest; }
    public int getNegotiationRounds() { return negotiationRounds; }
    public LocalDate getThreeWayMeetingHeldOn() { return threeWayMeetingHeldOn; }
    public String getThreeWayMeetingNotes() { return threeWayMeetingNotes; }
    public String getDeadlockResolution() { return deadlockResolution; }
    public String getSupervisorSignedBy() { return supervisorSignedBy; }
    public Instant getSupervisorSignedAt() { return supervisorSignedAt; }
    public String getSuperviseeSignedBy() { return superviseeSignedBy; }
    public Instant getSuperviseeSignedAt() { return superviseeSignedAt; }
    public Instant getSignedAt() { return signedAt; }
    public ReviewReason getReviewReason() { return reviewReason; }
    public boolean isComplexOrHighRisk() { return complexOrHighRisk; }
    public boolean isGroupCaseworkSupervision() { return groupCaseworkSupervision; }
    public Long getGroupCaseworkGroupId() { return groupCaseworkGroupId; }
}
