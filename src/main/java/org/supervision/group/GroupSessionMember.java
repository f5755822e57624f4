package org.supervision.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.supervision.shared.BaseEntity;

/**
 * One member at one group session: whether they attended, and what from the session belongs
 * to their own supervision record and their learning needs. Readable by that member and their
 * supervisor only (see {@link GroupRecordAccess}).
 */
@Entity
@Table(name = "group_session_member")
public class GroupSessionMember extends BaseEntity {

    @Column(name = "group_session_id", nullable = false, updatable = false)
    private Long groupSessionId;
    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(nullable = false, updatable = false)
    private boolean attended;
    @Column(name = "own_record_items", updatable = false)
    private String ownRecordItems;
    @Column(name = "learning_needs", updatable = false)
    private String learningNeeds;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected GroupSessionMember() {
    }

    GroupSessionMember(Long groupSessionId, String staffId, boolean attended, String ownRecordItems,
                       String learningNeeds, String recordedBy, Instant recordedAt) {
        this.groupSessionId = groupSessionId;
        this.staffId = staffId;
        this.attended = attended;
        this.ownRecordItems = attended ? ownRecordItems : null;
        this.learningNeeds = attended ? learningNeeds : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getGroupSessionId() { return groupSessionId; }
    public String getStaffId() { return staffId; }
    public boolean isAttended() { return attended; }
    public String getOwnRecordItems() { return ownRecordItems; }
    public String getLearningNeeds() { return learningNeeds; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
