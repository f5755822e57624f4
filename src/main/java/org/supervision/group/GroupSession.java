package org.supervision.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.supervision.shared.BaseEntity;

/**
 * One session of a supervision group: due, booked, held and recorded. The group record holds
 * what the group discussed together and never an individual's case detail; what belongs to one
 * member's own record is in {@link GroupSessionMember}.
 */
@Entity
@Table(name = "group_session")
public class GroupSession extends BaseEntity {

    enum Status { DUE, BOOKED, RECORDED }

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DUE;
    @Column(name = "booked_at")
    private Instant bookedAt;
    private String place;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "themes_discussed")
    private String themesDiscussed;
    @Column(name = "shared_learning")
    private String sharedLearning;
    @Column(name = "group_actions")
    private String groupActions;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected GroupSession() {
    }

    GroupSession(Long groupId, LocalDate dueOn) {
        this.groupId = groupId;
        this.dueOn = dueOn;
    }

    void book(Instant at, String place) {
        require(Status.DUE);
        this.bookedAt = at;
        this.place = place;
        this.status = Status.BOOKED;
    }

    void record(LocalDate heldOn, String themesDiscussed, String sharedLearning, String groupActions, String by, Instant at) {
        require(Status.BOOKED);
        this.heldOn = heldOn;
        this.themesDiscussed = themesDiscussed;
        this.sharedLearning = sharedLearning;
        this.groupActions = groupActions;
        this.recordedBy = by;
        this.recordedAt = at;
        this.status = Status.RECORDED;
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("Group session " + getId() + " is " + status + ", not " + expected);
        }
    }

    public Long getGroupId() { return groupId; }
    public LocalDate getDueOn() { return dueOn; }
    Status getStatus() { return status; }
    public Instant getBookedAt() { return bookedAt; }
    public String getPlace() { return place; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getThemesDiscussed() { return themesDiscussed; }
    public String getSharedLearning() { return sharedLearning; }
    public String getGroupActions() { return groupActions; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
