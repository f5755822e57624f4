package org.supervision.appraisal;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One objective of a work plan, tied to a service-plan objective, with its milestone or target and review date. */
@Entity
@Table(name = "work_plan_objective")
public class WorkPlanObjective extends BaseEntity {

    @Column(name = "work_plan_id", nullable = false, updatable = false)
    private Long workPlanId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String objective;
    @Column(name = "service_plan_objective", nullable = false)
    private String servicePlanObjective;
    @Column(nullable = false)
    private String milestone;
    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    protected WorkPlanObjective() {
    }

    WorkPlanObjective(Long workPlanId, int position, String objective, String servicePlanObjective, String milestone,
                      LocalDate reviewOn) {
        this.workPlanId = workPlanId;
        this.position = position;
        this.objective = objective;
        this.servicePlanObjective = servicePlanObjective;
        this.milestone = milestone;
        this.reviewOn = reviewOn;
    }

    public Long getWorkPlanId() { return workPlanId; }
    public int getPosition() { return position; }
    public String getObjective() { return objective; }
    public String getServicePlanObjective() { return servicePlanObjective; }
    public String getMilestone() { return milestone; }
    public LocalDate getReviewOn() { return reviewOn; }
}
