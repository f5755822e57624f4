package org.supervision.staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the directory's entries into rows of the staff file, which {@link StaffDirectoryImport}
 * checks and stores as it does a CSV file: the same checks, all or nothing. What only a
 * directory has is decided here: the line manager's DN resolved to their staff id, the
 * category and roles from groups or attributes, and who leaves. A leaver is someone whose
 * entry has a leaving date, whose account is disabled (Active Directory's userAccountControl
 * bit 2), or whose entry is gone while the sync had brought them in; the last two leave
 * today unless the directory already has a leaving date for them, and come back (the date
 * the sync set is withdrawn) when the account is enabled again.
 */
final class LdapStaffMapping {

    private static final int ACCOUNT_DISABLED = 0x2;

    private final LdapDirectorySettings settings;
    private final LdapDirectorySettings.Attributes attributes;
    private final Map<String, StaffMember> directory;
    private final Map<String, LdapStaffLink> links;
    private final LocalDate today;
    private final ZoneId zone;

    LdapStaffMapping(LdapDirectorySettings settings, Map<String, StaffMember> directory,
                     Map<String, LdapStaffLink> links, LocalDate today, ZoneId zone) {
        this.settings = settings;
        this.attributes = settings.attributes();
        this.directory = directory;
        this.links = links;
        this.today = today;
        this.zone = zone;
    }

    /** The rows to import, where each came from, and what the sync will note for each staff member. */
    static final class Rows {
        final List<Map<String, String>> values = new ArrayList<>();
        /** Per row (index = row number - 1): the entry's DN, its staff id, and the leaving date the sync sets itself. */
        final List<String> dns = new ArrayList<>();
        final List<String> staffIds = new ArrayList<>();
        final List<LocalDate> leftOnBySync = new ArrayList<>();
        /** Problems found before the import's own checks: row number, column, message. */
        final List<ImportProblem> problems = new ArrayList<>();

        private void add(String dn, String staffId, Map<String, String> row, LocalDate bySync) {
            values.add(row);
            dns.add(dn);
            staffIds.add(staffId);
            leftOnBySync.add(bySync);
        }

        private void problem(String column, String message) {
            problems.add(new ImportProblem(values.size(), column, message));
        }
    }

    Rows map(List<LdapEntry> entries) {
        Rows rows = new Rows();
        Map<String, String> staffIdByDn = new HashMap<>();
        Set<String> disabledNewcomers = new HashSet<>();
        List<LdapEntry> imported = new ArrayList<>();
        for (LdapEntry entry : entries) {
            String staffId = entry.first(attributes.staffId());
            if (isDisabled(entry) && (staffId == null || !directory.containsKey(staffId))) {
                // never in the directory and no longer working here: nothing to keep, nobody to invite
                disabledNewcomers.add(LdapValues.dnKey(entry.dn()));
                continue;
            }
            if (staffId != null) {
                staffIdByDn.put(LdapValues.dnKey(entry.dn()), staffId);
            }
            imported.add(entry);
        }
        links.values().forEach(link -> staffIdByDn.putIfAbsent(LdapValues.dnKey(link.getDn()), link.getStaffId()));
        Set<String> seen = new HashSet<>();
        for (LdapEntry entry : imported) {
            String staffId = entry.first(attributes.staffId());
            seen.add(staffId);
            mapEntry(entry, staffId, staffIdByDn, disabledNewcomers, rows);
        }
        if (settings.removedEntriesLeave()) {
            links.values().stream().filter(link -> !seen.contains(link.getStaffId()))
                    .map(link -> directory.get(link.getStaffId()))
                    .filter(member -> member != null && member.getLeftOn() == null)
                    .forEach(member -> rows.add(links.get(member.getId()).getDn(), member.getId(),
                            rowOf(member, today), today));
        }
        return rows;
    }

    private void mapEntry(LdapEntry entry, String staffId, Map<String, String> staffIdByDn,
                          Set<String> disabledNewcomers, Rows rows) {
        StaffMember existing = staffId == null ? null : directory.get(staffId);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", staffId);
        row.put("first_name", entry.first(attributes.firstName()));
        row.put("last_name", entry.first(attributes.lastName()));
        row.put("email", entry.first(attributes.email()));
        List<Problem> problems = new ArrayList<>(); // added once the row has its number
        row.put("category", category(entry, problems));
        row.put("roles", roles(entry));
        String start = LdapValues.day(entry.first(attributes.startDate()), zone);
        // the directory's start date, once set, is HR's: an account is often created after the first day
        row.put("start_date", existing != null ? existing.getStartDate().toString() : start);
        String hours = entry.first(attributes.hoursPerWeek());
        row.put("hours_per_week", hours != null ? hours
                : existing != null ? existing.getHoursPerWeek().toPlainString() : settings.defaultHoursPerWeek().toPlainString());
        String managerDn = entry.first(attributes.manager());
        if (managerDn != null) {
            String key = LdapValues.dnKey(managerDn);
            String managerId = staffIdByDn.get(key);
            if (managerId != null) {
                row.put("line_manager_id", managerId);
            } else if (disabledNewcomers.contains(key)) {
                problems.add(new Problem("line_manager_id", "'" + managerDn + "' is a disabled account that was never in the directory"));
            } else {
                problems.add(new Problem("line_manager_id", "'" + managerDn + "' is not a staff entry found under " + settings.searchBase()));
            }
        }
        LocalDate bySync = null;
        String leftOn = LdapValues.day(entry.first(attributes.leftOn()), zone);
        LocalDate leftBefore = existing == null ? null : existing.getLeftOn();
        LdapStaffLink link = staffId == null ? null : links.get(staffId);
        LocalDate setBySync = link == null ? null : link.getLeftOnBySync();
        if (leftOn == null && isDisabled(entry)) {
            // already leaving (HR's date, or an earlier sync's): that date stands
            leftOn = (leftBefore == null ? today : leftBefore).toString();
            bySync = leftBefore == null ? today : setBySync;
        } else if (leftOn == null && leftBefore != null && !leftBefore.equals(setBySync) && attributes.leftOn().isBlank()) {
            // the directory carries no leaving dates: the one HR gave (CSV import) is kept
            leftOn = leftBefore.toString();
        }
        row.put("left_on", leftOn);
        String accountControl = entry.first(attributes.accountControl());
        if (settings.disabledAccountsLeave() && accountControl != null && flags(accountControl) == null) {
            problems.add(new Problem("left_on", "'" + accountControl + "' is not a number"));
        }
        rows.add(entry.dn(), staffId, row, bySync);
        problems.forEach(p -> rows.problem(p.column(), p.message()));
    }

    /** A problem with a column of the row being made. */
    private record Problem(String column, String message) {
    }

    private String category(LdapEntry entry, List<Problem> problems) {
        Set<String> groups = groupKeys(entry);
        List<StaffCategory> byGroup = settings.categoryGroups().entrySet().stream()
                .filter(e -> groups.contains(LdapValues.dnKey(e.getValue()))).map(Map.Entry::getKey).sorted().toList();
        if (byGroup.size() > 1) {
            problems.add(new Problem("category", "is a member of the groups of several categories: "
                    + byGroup.stream().map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
        if (byGroup.size() == 1) {
            return byGroup.get(0).name();
        }
        String value = entry.first(attributes.category());
        if (value == null) {
            return null;
        }
        return settings.categoryValues().entrySet().stream()
                .filter(e -> e.getValue().trim().equalsIgnoreCase(value.trim()))
                .map(e -> e.getKey().name()).findFirst()
                .orElse(value); // a category name itself, or an unknown value the import reports
    }

    private String roles(LdapEntry entry) {
        Set<String> groups = groupKeys(entry);
        Set<String> roles = new java.util.LinkedHashSet<>();
        EnumSet.allOf(StaffRole.class).stream()
                .filter(role -> settings.roleGroups().containsKey(role)
                        && groups.contains(LdapValues.dnKey(settings.roleGroups().get(role))))
                .forEach(role -> roles.add(role.name()));
        entry.all(attributes.roles()).stream().map(String::trim).filter(r -> !r.isEmpty())
                .forEach(r -> roles.add(r.toUpperCase(Locale.ROOT)));
        return roles.isEmpty() ? null : String.join(";", roles);
    }

    private Set<String> groupKeys(LdapEntry entry) {
        return entry.all(attributes.memberOf()).stream().map(LdapValues::dnKey).collect(Collectors.toSet());
    }

    private boolean isDisabled(LdapEntry entry) {
        if (!settings.disabledAccountsLeave()) {
            return false;
        }
        Long flags = flags(entry.first(attributes.accountControl()));
        return flags != null && (flags & ACCOUNT_DISABLED) != 0;
    }

    private static Long flags(String value) {
        try {
            return value == null ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The directory's row for a member whose entry is gone: as stored, leaving on {@code leftOn}. */
    private static Map<String, String> rowOf(StaffMember member, LocalDate leftOn) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", member.getId());
        row.put("first_name", member.getFirstName());
        row.put("last_name", member.getLastName());
        row.put("email", member.getEmail());
        row.put("category", member.getCategory().name());
        row.put("start_date", member.getStartDate().toString());
        row.put("hours_per_week", member.getHoursPerWeek().toPlainString());
        row.put("line_manager_id", member.getLineManagerId());
        row.put("roles", member.getRoles().stream().map(Enum::name).collect(Collectors.joining(";")));
        row.put("left_on", leftOn.toString());
        return row;
    }
}
