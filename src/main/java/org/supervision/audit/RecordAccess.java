package org.supervision.audit;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read of supervision data about a member of staff: who, when, what, allowed on which basis. */
@Entity
@Table(name = "record_access_log")
public class RecordAccess extends BaseEntity {

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;
    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;
    @Column(name = "subject_staff_id", nullable = false, updatable = false)
    private String subjectStaffId;
    @Column(nullable = false, updatable = false)
    private String resource;
    @Column(nullable = false, updatable = false)
    private boolean granted;
    @Column(nullable = false, updatable = false)
    private String basis;

    protected RecordAccess() {
    }

    RecordAccess(Instant accessedAt, String userId, String subjectStaffId, String resource, boolean granted, String basis) {
        this.accessedAt = accessedAt;
        this.userId = userId;
        this.subjectStaffId = subjectStaffId;
        this.resource = resource;
        this.granted = granted;
        this.basis = basis;
    }

    public Instant getAccessedAt() { return accessedAt; }
    public String getUserId() { return userId; }
    public String getSubjectStaffId() { return subjectStaffId; }
    public String getResource() { return resource; }
    public boolean isGranted() { return granted; }
    public String getBasis() { return basis; }
}
