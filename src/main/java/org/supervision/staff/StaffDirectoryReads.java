package org.supervision.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.shared.CsvExport;
import org.supervision.shared.SupervisionClock;

/** The directory as HR and administrators read it back: the import's attributes, nothing more. */
@Service
@Transactional(readOnly = true)
class StaffDirectoryReads {

    enum Status { ACTIVE, LEFT }

    record Filter(String lineManager, String supervisor, StaffCategory category, Status status) {
    }

    record Supervision(String supervisorId, SupervisionType type, LocalDate validFrom, LocalDate validTo) {
    }

    /** One member of staff: the staff file's columns, with the supervision file's rows about them. */
    record Entry(String id, String firstName, String lastName, String email, StaffCategory category,
                 LocalDate startDate, BigDecimal hoursPerWeek, String lineManagerId, List<StaffRole> roles,
                 LocalDate leftOn, boolean active, List<Supervision> supervisors) {
    }

    record Page(List<Entry> items, int page, int size, long total) {
    }

    private final StaffMemberRepository staff;
    private final SupervisionRelationshipRepository relationships;
    private final SupervisionClock clock;

    StaffDirectoryReads(StaffMemberRepository staff, SupervisionRelationshipRepository relationships, SupervisionClock clock) {
        this.staff = staff;
        this.relationships = relationships;
        this.clock = clock;
    }

    Page list(Filter filter, int page, int size) {
        LocalDate today = clock.today();
        Map<String, List<SupervisionRelationship>> bySupervisee = relationships.findAll().stream()
                .collect(Collectors.groupingBy(SupervisionRelationship::getSuperviseeId));
        List<StaffMember> matching = staff.findAll(Sort.by("id")).stream()
                .filter(member -> filter.lineManager() == null || filter.lineManager().equals(member.getLineManagerId()))
                .filter(member -> filter.category() == null || filter.category() == member.getCategory())
                .filter(member -> filter.status() == null || (filter.status() == Status.ACTIVE) == member.isActiveOn(today))
                .filter(member -> filter.supervisor() == null || bySupervisee.getOrDefault(member.getId(), List.of()).stream()
                        .anyMatch(r -> r.getSupervisorId().equals(filter.supervisor()) && r.isValidOn(today)))
                .toList();
        List<Entry> items = matching.stream().skip((long) page * size).limit(size)
                .map(member -> entry(member, bySupervisee.getOrDefault(member.getId(), List.of()), today)).toList();
        return new Page(items, page, size, matching.size());
    }

    Optional<Entry> one(String staffId) {
        return staff.findById(staffId).map(member -> entry(member, relationships.findBySuperviseeId(staffId), clock.today()));
    }

    String staffCsv() {
        CsvExport file = CsvExport.withHeader(StaffDirectoryImport.STAFF_COLUMNS.toArray(String[]::new));
        for (StaffMember member : staff.findAll(Sort.by("id"))) {
            file.row(member.getId(), member.getFirstName(), member.getLastName(), member.getEmail(), member.getCategory(),
                    member.getStartDate(), member.getHoursPerWeek().stripTrailingZeros().toPlainString(),
                    member.getLineManagerId(), member.getRoles().stream().sorted().map(Enum::name).collect(Collectors.joining(";")),
                    member.getLeftOn());
        }
        return file.toCsv();
    }

    String supervisionCsv() {
        CsvExport file = CsvExport.withHeader(StaffDirectoryImport.SUPERVISION_COLUMNS.toArray(String[]::new));
        relationships.findAll().stream()
                .sorted(Comparator.comparing(SupervisionRelationship::getSuperviseeId)
                        .thenComparing(SupervisionRelationship::getValidFrom).thenComparing(SupervisionRelationship::getSupervisorId))
                .forEach(r -> file.row(r.getSuperviseeId(), r.getSupervisorId(), r.getType(), r.getValidFrom(), r.getValidTo()));
        return file.toCsv();
    }

    private static Entry entry(StaffMember member, List<SupervisionRelationship> supervisors, LocalDate today) {
        return new Entry(member.getId(), member.getFirstName(), member.getLastName(), member.getEmail(), member.getCategory(),
                member.getStartDate(), member.getHoursPerWeek(), member.getLineManagerId(),
                member.getRoles().stream().sorted().toList(), member.getLeftOn(), member.isActiveOn(today),
                supervisors.stream().sorted(Comparator.comparing(SupervisionRelationship::getValidFrom))
                        .map(r -> new Supervision(r.getSupervisorId(), r.getType(), r.getValidFrom(), r.getValidTo())).toList());
    }
}
