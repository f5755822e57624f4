package org.supervision.appraisal;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A development area identified at appraisal: the learning plan collects these. */
@Entity
@Table(name = "appraisal_development_need")
public class AppraisalDevelopmentNeed extends BaseEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private String staffId;
    @Column(name = "appraisal_id", nullable = false, updatable = false)
    private Long appraisalId;
    @Column(nullable = false, updatable = false)
    private String description;
    @Column(name = "identified_on", nullable = false, updatable = false)
    private LocalDate identifiedOn;

    protected AppraisalDevelopmentNeed() {
    }

    public AppraisalDevelopmentNeed(String staffId, Long appraisalId, String description, LocalDate identifiedOn) {
        this.staffId = staffId;
        this.appraisalId = appraisalId;
        this.description = description;
        this.identifiedOn = identifiedOn;
    }

    public String getStaffId() { return staffId; }
    public Long getAppraisalId() { return appraisalId; }
    public String getDescription() { return description; }
    public LocalDate getIdentifiedOn() { return identifiedOn; }
}
