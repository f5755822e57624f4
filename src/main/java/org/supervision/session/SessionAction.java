package org.supervision.session;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action agreed in a session: what, who, by when. */
@Entity
@Table(name = "session_action")
public class SessionAction extends BaseEntity {

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;
    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(nullable = false, updatable = false)
    private String description;
    @Column(nullable = false, updatable = false)
    private String owner;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    protected SessionAction() {
    }

    SessionAction(Long recordId, String staffId, String description, String owner, LocalDate dueOn) {
        this.recordId = recordId;
        this.staffId = staffId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public Long getRecordId() { return recordId; }
    public String getStaffId() { return staffId; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
}
