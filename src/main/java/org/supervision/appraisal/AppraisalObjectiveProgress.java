package org.supervision.appraisal;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The supervisor's account of progress on one work-plan objective at an appraisal. */
@Entity
@Table(name = "appraisal_objective_progress")
public class AppraisalObjectiveProgress extends BaseEntity {

    @Column(name = "appraisal_id", nullable = false, updatable = false)
    private Long appraisalId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String objective;
    @Column(nullable = false)
    private String progress;

    protected AppraisalObjectiveProgress() {
    }

    AppraisalObjectiveProgress(Long appraisalId, int position, String objective, String progress) {
        this.appraisalId = appraisalId;
        this.position = position;
        this.objective = objective;
        this.progress = progress;
    }

    public Long getAppraisalId() { return appraisalId; }
    public int getPosition() { return position; }
    public String getObjective() { return objective; }
    public String getProgress() { return progress; }
}
