package org.supervision.session;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A learning need identified in supervision, waiting to be taken into the learning plan. */
@Entity
@Table(name = "identified_learning_need")
public class IdentifiedLearningNeed extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;
    @Column(nullable = false, updatable = false)
    private String description;
    @Column(name = "identified_on", nullable = false, updatable = false)
    private LocalDate identifiedOn;

    protected IdentifiedLearningNeed() {
    }

    IdentifiedLearningNeed(String staffId, Long recordId, String description, LocalDate identifiedOn) {
        this.staffId = staffId;
        this.recordId = recordId;
        this.description = description;
        this.identifiedOn = identifiedOn;
    }

    public String getStaffId() { return staffId; }
    public Long getRecordId() { return recordId; }
    public String getDescription() { return description; }
    public LocalDate getIdentifiedOn() { return identifiedOn; }
}
