package org.supervision.staff;

import org.supervision.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** Who supervises whom, in which way, from when to when. Ended relationships are kept as history. */
@Entity
@Table(name = "supervision_relationship")
public class SupervisionRelationship extends BaseEntity {


    @Column(name = "supervisee_id", nullable = false)
    private String superviseeId;

    @Column(name = "supervisor_id", nullable = false)
    private String supervisorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupervisionType type;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected SupervisionRelationship() {
    }

    public SupervisionRelationship(String superviseeId, String supervisorId, SupervisionType type,
                                   LocalDate validFrom, LocalDate validTo) {
        this.superviseeId = superviseeId;
        this.supervisorId = supervisorId;
        this.type = type;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    boolean sameKeyAs(SupervisionRelationship other) {
        return superviseeId.equals(other.superviseeId) && supervisorId.equals(other.supervisorId)
                && type == other.type && validFrom.equals(other.validFrom);
    }

    /** True when the end date changed. */
    boolean updateValidTo(LocalDate newValidTo) {
        if (Objects.equals(validTo, newValidTo)) {
            return false;
        }
        validTo = newValidTo;
        return true;
    }

    public String getSuperviseeId() { return superviseeId; }
    public String getSupervisorId() { return supervisorId; }
    public SupervisionType getType() { return type; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
