package org.supervision.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff. The id doubles as the login id (Camunda user id), so it is stable
 * across imports. Leavers keep their row: supervision records must stay attributable.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    private String id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffCategory category;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;

    @Column(name = "line_manager_id")
    private String lineManagerId;

    @Convert(converter = StaffRolesConverter.class)
    @Column(nullable = false)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Column(name = "left_on")
    private LocalDate leftOn;

    /** Not a directory attribute: set once, when the agreement, work plan and learning plan were started. */
    @Column(name = "lifecycle_started_on")
    private LocalDate lifecycleStartedOn;

    @Version
    private long version;

    protected StaffMember() {
    }

    public StaffMember(String id) {
        this.id = id;
    }

    /** Copies the directory attributes of {@code other}; true when anything changed. */
    boolean updateFrom(StaffMember other) {
        boolean changed = !sameAttributesAs(other);
        if (changed) {
            firstName = other.firstName;
            lastName = other.lastName;
            email = other.email;
            category = other.category;
            startDate = other.startDate;
            hoursPerWeek = other.hoursPerWeek;
            lineManagerId = other.lineManagerId;
            roles = other.roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(other.roles);
            leftOn = other.leftOn;
        }
        return changed;
    }

    private boolean sameAttributesAs(StaffMember other) {
        return Objects.equals(firstName, other.firstName)
                && Objects.equals(lastName, other.lastName)
                && Objects.equals(email, other.email)
                && category == other.category
                && Objects.equals(startDate, other.startDate)
                && hoursPerWeek != null && other.hoursPerWeek != null
                && hoursPerWeek.compareTo(other.hoursPerWeek) == 0
                && Objects.equals(lineManagerId, other.lineManagerId)
                && Objects.equals(roles, other.roles)
                && Objects.equals(leftOn, other.leftOn);
    }

    boolean isLifecycleStarted() {
        return lifecycleStartedOn != null;
    }

    void lifecycleStarted(LocalDate on) {
        lifecycleStartedOn = on;
    }

    /** The leaving date is the last day of employment. */
    public boolean isActiveOn(LocalDate date) {
        return leftOn == null || !leftOn.isBefore(date);
    }

    public String getId() { return id; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getFullName() { return firstName + " " + lastName; }
    public String getEmail() { return email; }
    public StaffCategory getCategory() { return category; }
    public LocalDate getStartDate() { return startDate; }
    public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public String getLineManagerId() { return lineManagerId; }
    public Set<StaffRole> getRoles() { return roles; }
    public LocalDate getLeftOn() { return leftOn; }
    public long getVersion() { return version; }

    void setFirstName(String firstName) { this.firstName = firstName; }
    void setLastName(String lastName) { this.lastName = lastName; }
    void setEmail(String email) { this.email = email; }
    void setCategory(StaffCategory category) { this.category = category; }
    void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    void setHoursPerWeek(BigDecimal hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    void setLineManagerId(String lineManagerId) { this.lineManagerId = lineManagerId; }
    void setRoles(Set<StaffRole> roles) { this.roles = roles; }
    void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
}
