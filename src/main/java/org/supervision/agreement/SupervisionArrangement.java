package org.supervision.agreement;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.supervision.staff.SupervisionType;

/**
 * A 1:1 supervision the supervisee receives besides management supervision (professional,
 * clinical or peer): who provides it, how often and for how long, and the policy minimum it
 * was agreed against (which the decision "Interval to the next session" compares with it).
 * Part of one agreement version, and changed only through it while it is a draft.
 */
@Entity
@Table(name = "supervision_arrangement")
public class SupervisionArrangement extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", updatable = false)
    private SupervisionAgreement agreement;
    @Enumerated(EnumType.STRING)
    @Column(name = "supervision_type", nullable = false, updatable = false)
    private SupervisionType type;
    @Column(name = "provider_id", nullable = false)
    private String providerId;
    @Column(name = "interval_days")
    private Integer intervalDays;
    @Column(name = "policy_interval_days")
    private Integer policyIntervalDays;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    protected SupervisionArrangement() {
    }

    SupervisionArrangement(SupervisionAgreement agreement, SupervisionType type) {
        this.agreement = agreement;
        this.type = type;
    }

    void agree(String providerId, Integer intervalDays, Integer policyIntervalDays, int durationMinutes) {
        this.providerId = providerId;
        this.intervalDays = intervalDays;
        this.policyIntervalDays = policyIntervalDays;
        this.durationMinutes = durationMinutes;
    }

    public SupervisionType getType() { return type; }
    public String getProviderId() { return providerId; }
    public Integer getIntervalDays() { return intervalDays; }
    public Integer getPolicyIntervalDays() { return policyIntervalDays; }
    public int getDurationMinutes() { return durationMinutes; }
}
