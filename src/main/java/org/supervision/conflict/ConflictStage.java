package org.supervision.conflict;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.supervision.shared.ConflictingChangeException;

/** The record of one stage of a case: when, the meeting, what was proposed or decided, how it ended. */
@Entity
@Table(name = "conflict_stage")
public class ConflictStage extends BaseEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Column(nullable = false, updatable = false)
    private int stage;
    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;
    @Column(updatable = false)
    private LocalDate deadline;
    @Column(name = "meeting_at")
    private Instant meetingAt;
    @Column(name = "meeting_place")
    private String meetingPlace;
    @Column(name = "meeting_held_on")
    private LocalDate meetingHeldOn;
    private String summary;
    @Column(name = "proposed_resolution")
    private String proposedResolution;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private StageEnd endReason;
    @Version
    private long version;

    protected ConflictStage() {
    }

    ConflictStage(Long caseId, int stage, Instant startedAt, LocalDate deadline) {
        this.caseId = caseId;
        this.stage = stage;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    void bookMeeting(Instant at, String place) {
        requireRunning();
        meetingAt = at;
        meetingPlace = place;
    }

    void record(LocalDate heldOn, String what, String proposed, String by, Instant at) {
        requireRunning();
        meetingHeldOn = heldOn;
        summary = what;
        proposedResolution = proposed;
        recordedBy = by;
        recordedAt = at;
    }

    void end(StageEnd reason, Instant at) {
        requireRunning();
        endReason = reason;
        endedAt = at;
    }

    public boolean isRunning() {
        return endedAt == null;
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new ConflictingChangeException("Stage " + stage + " of conflict case " + caseId + " ended ("
                    + endReason + ") and can no longer be changed");
        }
    }

    public Long getCaseId() { return caseId; }
    public int getStage() { return stage; }
    public Instant getStartedAt() { return startedAt; }
    public LocalDate getDeadline() { return deadline; }
    public Instant getMeetingAt() { return meetingAt; }
    public String getMeetingPlace() { return meetingPlace; }
    public LocalDate getMeetingHeldOn() { return meetingHeldOn; }
    public String getSummary() { return summary; }
    public String getProposedResolution() { return proposedResolution; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Instant getEndedAt() { return endedAt; }
    public StageEnd getEndReason() { return endReason; }
}
