package org.supervision.group;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.supervision.shared.BaseEntity;

/**
 * A supervision group: group casework for a team, or peer group supervision for peer workers.
 * A facilitator from the directory runs it; its members are people from the directory. Each
 * group runs one {@code group-supervision} process, one session after another.
 */
@Entity
@Table(name = "supervision_group")
public class SupervisionGroup extends BaseEntity {

    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupMeets meets;
    @Column(name = "facilitator_id", nullable = false)
    private String facilitatorId;
    @Column(name = "first_session_on", nullable = false)
    private LocalDate firstSessionOn;
    @Column(name = "set_up_by", nullable = false, updatable = false)
    private String setUpBy;
    @Column(name = "set_up_at", nullable = false, updatable = false)
    private Instant setUpAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supervision_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "staff_id")
    private Set<String> memberIds = new TreeSet<>();
    @Version
    private long version;

    protected SupervisionGroup() {
    }

    SupervisionGroup(String name, GroupKind kind, GroupMeets meets, String facilitatorId, LocalDate firstSessionOn,
                     Set<String> memberIds, String setUpBy, Instant setUpAt) {
        this.name = name;
        this.kind = kind;
        this.meets = meets;
        this.facilitatorId = facilitatorId;
        this.firstSessionOn = firstSessionOn;
        this.memberIds = new TreeSet<>(memberIds);
        this.setUpBy = setUpBy;
        this.setUpAt = setUpAt;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Weekly group casework: what the policy counts towards 1:1 every 4-6 weeks. */
    public boolean isWeeklyGroupCasework() {
        return kind == GroupKind.GROUP_CASEWORK && meets == GroupMeets.WEEKLY;
    }

    /** "Children's team A (group casework, weekly)". */
    public String describe() {
        return name + " (" + kind.inWords().toLowerCase() + ", " + meets.inWords() + ")";
    }

    public String getName() { return name; }
    public GroupKind getKind() { return kind; }
    public GroupMeets getMeets() { return meets; }
    public String getFacilitatorId() { return facilitatorId; }
    public LocalDate getFirstSessionOn() { return firstSessionOn; }
    public String getSetUpBy() { return setUpBy; }
    public Instant getSetUpAt() { return setUpAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Set<String> getMemberIds() { return Set.copyOf(memberIds); }
}
