package org.supervision.staff;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.supervision.shared.SupervisionClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the staff directory and supervision relationships from CSV. A file is validated
 * as a whole before anything is written; one bad line rejects the file, and the
 * transaction makes sure nothing is half-imported. Re-importing a file changes nothing.
 * A new member's supervision lifecycle starts with the import that gives them a management
 * supervisor ({@link StarterLifecycle}).
 */
@Service
public class StaffDirectoryImport {

    static final Set<String> STAFF_COLUMNS = new LinkedHashSet<>(List.of(
            "id", "first_name", "last_name", "email", "category", "start_date",
            "hours_per_week", "line_manager_id", "roles", "left_on"));
    static final Set<String> SUPERVISION_COLUMNS = new LinkedHashSet<>(List.of(
            "supervisee_id", "supervisor_id", "type", "valid_from", "valid_to"));

    // Camunda's default user id whitelist is [a-zA-Z0-9]+; the staff id is the login id.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final BigDecimal MAX_HOURS = new BigDecimal("60");

    private final StaffMemberRepository staff;
    private final SupervisionRelationshipRepository relationships;
    private final IdentitySync identitySync;
    private final ApplicationEventPublisher events;
    private final SupervisionClock clock;
    private final StarterLifecycle starters;
    private final AsyeYear asyeYear;

    StaffDirectoryImport(StaffMemberRepository staff, SupervisionRelationshipRepository relationships,
                         IdentitySync identitySync, ApplicationEventPublisher events, SupervisionClock clock,
                         StarterLifecycle starters, AsyeYear asyeYear) {
        this.clock = clock;
        this.asyeYear = asyeYear;
        this.starters = starters;
        this.staff = staff;
        this.relationships = relationships;
        this.identitySync = identitySync;
        this.events = events;
    }

    /** A staff file as received (upload, file on disk): UTF-8, with or without Excel's byte-order mark. */
    @Transactional
    public ImportReport importStaff(byte[] file) {
        return importStaff(new StringReader(CsvFileText.decode(file)));
    }

    /** A supervision relationships file as received; see {@link #importStaff(byte[])}. */
    @Transactional
    public ImportReport importSupervision(byte[] file) {
        return importSupervision(new StringReader(CsvFileText.decode(file)));
    }

    @Transactional
    public ImportReport importStaff(Reader csv) {
        return importStaff(CsvRows.read(csv, STAFF_COLUMNS));
    }

    /** Staff rows from a file or another source of the directory (LDAP): the same checks, all or nothing. */
    @Transactional
    ImportReport importStaff(CsvRows file) {
        Map<String, StaffMember> incoming = new LinkedHashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        Map<String, Long> emailLine = new HashMap<>();
        Map<String, String> managerOf = new HashMap<>();
        staff.findAll().forEach(m -> managerOf.put(m.getId(), m.getLineManagerId()));
        for (CsvRows.Row row : file.rows) {
            // duplicates are checked on the raw values, so a line with other problems still reports them
            String id = row.optional("id");
            String email = row.optional("email");
            if (id != null && lineOf.containsKey(id)) {
                row.problem("id", "'" + id + "' also appears on " + file.place(lineOf.get(id)));
                continue;
            }
            if (email != null) {
                Long other = emailLine.putIfAbsent(email.toLowerCase(), row.line);
                if (other != null) {
                    row.problem("email", "'" + email + "' is also used on " + file.place(other));
                } else {
                    staff.findByEmailIgnoreCase(email).filter(existing -> !existing.getId().equals(id))
                            .ifPresent(existing -> row.problem("email",
                                    "'" + email + "' already belongs to staff member " + existing.getId()));
                }
            }
            if (id != null) {
                lineOf.put(id, row.line);
                managerOf.put(id, row.optional("line_manager_id"));
            }
            StaffMember member = parseStaff(row);
            if (member != null) {
                incoming.put(member.getId(), member);
            }
        }
        for (Map.Entry<String, Long> entry : lineOf.entrySet()) {
            String id = entry.getKey();
            String manager = managerOf.get(id);
            if (manager == null) {
                continue;
            }
            long line = entry.getValue();
            if (manager.equals(id)) {
                file.problems.add(new ImportProblem(line, "line_manager_id", "a staff member cannot be their own line manager"));
            } else if (!managerOf.containsKey(manager)) {
                file.problems.add(new ImportProblem(line, "line_manager_id",
                        "'" + manager + "' is neither in this file nor in the directory"));
            } else {
                cycleThrough(id, managerOf).ifPresent(cycle -> file.problems.add(
                        new ImportProblem(line, "line_manager_id", "line management would form a cycle: " + cycle)));
            }
        }
        rejectIfAny(file.problems);

        int created = 0;
        int updated = 0;
        // managers first, so that the foreign key to a new line manager always holds
        List<StaffMember> ordered = new ArrayList<>(incoming.values());
        ordered.sort(Comparator.comparingInt(m -> depth(m.getId(), managerOf)));
        Set<String> changed = new HashSet<>();
        Set<String> isNew = new HashSet<>();
        Set<String> leavingDateChanged = new HashSet<>();
        for (StaffMember member : ordered) {
            Optional<StaffMember> existing = staff.findById(member.getId());
            if (existing.isEmpty()) {
                staff.save(member);
                created++;
                changed.add(member.getId());
                isNew.add(member.getId());
            } else {
                LocalDate leftOnBefore = existing.get().getLeftOn();
                if (asyeYear.keepsPostAsyeCategory(member.getId(), member.getCategory())) {
                    // HR's file lags behind the completed ASYE year: the completion is the newer fact
                    member.setCategory(existing.get().getCategory());
                }
                if (existing.get().updateFrom(member)) {
                    updated++;
                    changed.add(member.getId());
                    if (!java.util.Objects.equals(leftOnBefore, member.getLeftOn())) {
                        leavingDateChanged.add(member.getId());
                    }
                }
            }
        }
        staff.flush();
        if (!changed.isEmpty()) {
            identitySync.syncAll();
        }
        // a leaver recorded for history has not joined: no login to invite them to
        ordered.stream().filter(m -> isNew.contains(m.getId()) && m.isActiveOn(clock.today()))
                .forEach(m -> events.publishEvent(new StaffAdded(m.getId())));
        // the lifecycle waits for a supervisor: often in the relationships file, imported next
        starters.startThoseWithASupervisor();
        ordered.stream().filter(m -> leavingDateChanged.contains(m.getId())
                        || isNew.contains(m.getId()) && m.getLeftOn() != null && m.isActiveOn(clock.today()))
                .forEach(m -> events.publishEvent(new LeavingDateChanged(m.getId(), m.getLeftOn())));
        return new ImportReport(created, updated, incoming.size() - created - updated);
    }

    @Transactional
    public ImportReport importSupervision(Reader csv) {
        CsvRows file = CsvRows.read(csv, SUPERVISION_COLUMNS);
        List<SupervisionRelationship> incoming = new ArrayList<>();
        Map<String, Long> keyLine = new HashMap<>();
        for (CsvRows.Row row : file.rows) {
            String supervisee = row.required("supervisee_id");
            String supervisor = row.required("supervisor_id");
            SupervisionType type = row.enumValue("type", SupervisionType.class, true);
            LocalDate from = row.date("valid_from", true);
            LocalDate to = row.date("valid_to", false);
            if (supervisee != null && !staff.existsById(supervisee)) {
                row.problem("supervisee_id", "unknown staff member '" + supervisee + "'");
                supervisee = null;
            }
            if (supervisor != null && !staff.existsById(supervisor)) {
                row.problem("supervisor_id", "unknown staff member '" + supervisor + "'");
                supervisor = null;
            }
            if (supervisee != null && supervisee.equals(supervisor)) {
                row.problem("supervisor_id", "a staff member cannot supervise themselves");
                continue;
            }
            if (from != null && to != null && to.isBefore(from)) {
                row.problem("valid_to", "ends (" + to + ") before it starts (" + from + ")");
                continue;
            }
            if (supervisee == null || supervisor == null || type == null || from == null) {
                continue;
            }
            String key = supervisee + "|" + supervisor + "|" + type + "|" + from;
            Long other = keyLine.putIfAbsent(key, row.line);
            if (other != null) {
                row.problem(null, "the same relationship is already on line " + other);
                continue;
            }
            incoming.add(new SupervisionRelationship(supervisee, supervisor, type, from, to));
        }
        rejectIfAny(file.problems);

        int created = 0;
        int updated = 0;
        for (SupervisionRelationship relationship : incoming) {
            Optional<SupervisionRelationship> existing = relationships.findBySuperviseeId(relationship.getSuperviseeId())
                    .stream().filter(r -> r.sameKeyAs(relationship)).findFirst();
            if (existing.isEmpty()) {
                relationships.save(relationship);
                created++;
            } else if (existing.get().updateValidTo(relationship.getValidTo())) {
                updated++;
            }
        }
        relationships.flush();
        if (created + updated > 0) {
            identitySync.syncAll();
        }
        starters.startThoseWithASupervisor();
        return new ImportReport(created, updated, incoming.size() - created - updated);
    }

    private StaffMember parseStaff(CsvRows.Row row) {
        String id = row.required("id");
        if (id != null && !ID.matcher(id).matches()) {
            row.problem("id", "'" + id + "' must be 1 to 64 letters or digits (it is the login id)");
            id = null;
        }
        String firstName = row.required("first_name");
        String lastName = row.required("last_name");
        String email = row.required("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            row.problem("email", "'" + email + "' is not an email address");
            email = null;
        }
        StaffCategory category = row.enumValue("category", StaffCategory.class, true);
        LocalDate startDate = row.date("start_date", true);
        BigDecimal hours = row.decimal("hours_per_week");
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0)) {
            row.problem("hours_per_week", hours + " is outside 0 < hours <= " + MAX_HOURS);
            hours = null;
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        String rolesText = row.optional("roles");
        if (rolesText != null) {
            for (String role : rolesText.split(";")) {
                try {
                    // "practice educator" as people write it, or PRACTICE_EDUCATOR as the list of roles names it
                    roles.add(StaffRole.valueOf(role.trim().toUpperCase().replaceAll("[ -]+", "_")));
                } catch (IllegalArgumentException e) {
                    row.problem("roles", "unknown role '" + role.trim() + "'; allowed: " + CsvRows.Row.allowed(StaffRole.class));
                }
            }
        }
        LocalDate leftOn = row.date("left_on", false);
        if (leftOn != null && startDate != null && leftOn.isBefore(startDate)) {
            row.problem("left_on", "leaving date " + leftOn + " is before the start date " + startDate);
        }
        if (id == null || firstName == null || lastName == null || email == null || category == null
                || startDate == null || hours == null) {
            return null;
        }
        StaffMember member = new StaffMember(id);
        member.setFirstName(firstName);
        member.setLastName(lastName);
        member.setEmail(email);
        member.setCategory(category);
        member.setStartDate(startDate);
        member.setHoursPerWeek(hours);
        member.setLineManagerId(row.optional("line_manager_id"));
        member.setRoles(roles);
        member.setLeftOn(leftOn);
        return member;
    }

    private static Optional<String> cycleThrough(String start, Map<String, String> managerOf) {
        List<String> path = new ArrayList<>(List.of(start));
        String current = managerOf.get(start);
        while (current != null) {
            path.add(current);
            if (current.equals(start)) {
                return Optional.of(String.join(" -> ", path));
            }
            if (path.size() > managerOf.size() + 1) {
                return Optional.empty(); // a cycle further up that does not include start
            }
            current = managerOf.get(current);
        }
        return Optional.empty();
    }

    private static int depth(String id, Map<String, String> managerOf) {
        int depth = 0;
        for (String current = managerOf.get(id); current != null && depth <= managerOf.size(); current = managerOf.get(current)) {
            depth++;
        }
        return depth;
    }

    private static void rejectIfAny(List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(ImportProblem::line));
            throw new ImportRejectedException(problems);
        }
    }
}
