package org.supervision.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervision.shared.SupervisionClock;

/**
 * The staff directory from LDAP / Active Directory: reads the entries
 * ({@link LdapDirectoryReader}), makes them rows of the staff file ({@link LdapStaffMapping})
 * and imports those with {@link StaffDirectoryImport}, so that a sync is checked, stored,
 * audited and acted on (new people invited, leavers' processes ended) exactly as a CSV file
 * is: one bad entry rejects the whole sync and nothing is stored. Every sync's report is kept
 * ({@link LdapSyncRuns}). One sync at a time in the cluster: the scheduled one and one an
 * administrator asks for take the same ShedLock lock. Present only with
 * {@code supervision.directory.ldap.enabled}.
 */
@Service
@ConditionalOnProperty(name = "supervision.directory.ldap.enabled", havingValue = "true")
public class LdapDirectorySync {

    static final String LOCK = "ldap-directory-sync";
    private static final Logger LOG = LoggerFactory.getLogger(LdapDirectorySync.class);

    private final LdapDirectorySettings settings;
    private final LdapDirectoryReader reader;
    private final StaffDirectoryImport directoryImport;
    private final StaffMemberRepository staff;
    private final LdapStaffLinkRepository links;
    private final LdapSyncRuns runs;
    private final SupervisionClock clock;
    private final TransactionTemplate transaction;
    private final LockingTaskExecutor locks;

    LdapDirectorySync(LdapDirectorySettings settings, StaffDirectoryImport directoryImport, StaffMemberRepository staff,
                      LdapStaffLinkRepository links, LdapSyncRuns runs, SupervisionClock clock,
                      PlatformTransactionManager transactions, LockProvider lockProvider) {
        this.settings = settings;
        this.reader = new LdapDirectoryReader(settings);
        this.directoryImport = directoryImport;
        this.staff = staff;
        this.links = links;
        this.runs = runs;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    /** A sync now, unless one is running on any node (then empty). */
    public Optional<LdapSyncReport> syncNow(String triggeredBy) {
        try {
            LockingTaskExecutor.TaskResult<LdapSyncReport> result = locks.executeWithLock(() -> sync(triggeredBy),
                    new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofHours(1), Duration.ZERO));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sync; the caller holds the lock. */
    LdapSyncReport sync(String triggeredBy) {
        Instant started = clock.now();
        List<LdapEntry> entries;
        try {
            entries = reader.readStaff();
        } catch (RuntimeException e) {
            LOG.warn("LDAP directory sync: the directory could not be read", e);
            return runs.record(new LdapSyncReport(LdapSyncReport.Outcome.FAILED, started, clock.now(), triggeredBy,
                    0, 0, 0, 0, List.of(), List.of(), "The directory could not be read, nothing was changed: " + e.getMessage()));
        }
        if (entries.isEmpty()) {
            // most likely a wrong search base or filter; taken at its word it would make everyone a leaver
            return rejected(started, triggeredBy, 0, List.of(new LdapSyncProblem(null, null, null,
                    "the search found no entries under " + settings.searchBase() + " with the filter " + settings.filter())));
        }
        try {
            LdapSyncReport report = transaction.execute(status -> apply(entries, started, triggeredBy));
            LOG.info("LDAP directory sync: {} entries, {} created, {} updated, {} unchanged, {} leaving", entries.size(),
                    report.created(), report.updated(), report.unchanged(), report.leavers().size());
            return runs.record(report);
        } catch (LdapSyncRejected e) {
            return rejected(started, triggeredBy, entries.size(), e.problems);
        }
    }

    private LdapSyncReport apply(List<LdapEntry> entries, Instant started, String triggeredBy) {
        Map<String, StaffMember> directory = staff.findAll().stream()
                .collect(Collectors.toMap(StaffMember::getId, Function.identity()));
        Map<String, LdapStaffLink> linked = links.findAll().stream()
                .collect(Collectors.toMap(LdapStaffLink::getStaffId, Function.identity()));
        LdapStaffMapping.Rows rows = new LdapStaffMapping(settings, directory, linked, clock.today(), clock.zone())
                .map(entries);
        CsvRows file = CsvRows.of(rows.values, line -> "entry " + rows.dns.get((int) line - 1));
        rows.problems.forEach(p -> file.rows.get((int) p.line() - 1).problem(p.field(), p.message()));
        List<String> leavers = new ArrayList<>();
        for (int i = 0; i < rows.values.size(); i++) {
            StaffMember before = directory.get(rows.staffIds.get(i));
            String leftOn = rows.values.get(i).get("left_on");
            if (before != null && leftOn != null && !leftOn.equals(String.valueOf(before.getLeftOn()))) {
                leavers.add(before.getId());
            }
        }
        ImportReport imported;
        try {
            imported = directoryImport.importStaff(file);
        } catch (ImportRejectedException e) {
            throw new LdapSyncRejected(e.getProblems().stream().map(p -> problemOf(p, rows)).toList());
        }
        for (int i = 0; i < rows.values.size(); i++) {
            String staffId = rows.staffIds.get(i);
            LocalDate bySync = rows.leftOnBySync.get(i);
            LdapStaffLink link = linked.get(staffId);
            if (link == null) {
                links.save(new LdapStaffLink(staffId, rows.dns.get(i), bySync));
            } else {
                link.update(rows.dns.get(i), bySync);
            }
        }
        return new LdapSyncReport(LdapSyncReport.Outcome.ACCEPTED, started, clock.now(), triggeredBy, entries.size(),
                imported.created(), imported.updated(), imported.unchanged(), leavers, List.of(), null);
    }

    private LdapSyncReport rejected(Instant started, String triggeredBy, int entriesRead, List<LdapSyncProblem> problems) {
        LOG.warn("LDAP directory sync rejected, nothing was changed: {}", problems);
        return runs.record(new LdapSyncReport(LdapSyncReport.Outcome.REJECTED, started, clock.now(), triggeredBy,
                entriesRead, 0, 0, 0, List.of(), problems,
                "Sync rejected, nothing was changed: " + (problems.size() == 1 ? problems.get(0) : problems.size() + " problems")));
    }

    /** A problem of the import, told in the directory's words: the entry's DN and the attribute behind the column. */
    private LdapSyncProblem problemOf(ImportProblem problem, LdapStaffMapping.Rows rows) {
        int index = (int) problem.line() - 1;
        boolean ofAnEntry = index >= 0 && index < rows.dns.size();
        return new LdapSyncProblem(ofAnEntry ? rows.dns.get(index) : null, ofAnEntry ? rows.staffIds.get(index) : null,
                attributeOf(problem.field()), problem.message());
    }

    private String attributeOf(String column) {
        if (column == null) {
            return null;
        }
        LdapDirectorySettings.Attributes a = settings.attributes();
        return switch (column) {
            case "id" -> a.staffId();
            case "first_name" -> a.firstName();
            case "last_name" -> a.lastName();
            case "email" -> a.email();
            case "line_manager_id" -> a.manager();
            case "start_date" -> a.startDate();
            case "hours_per_week" -> a.hoursPerWeek().isBlank() ? "default-hours-per-week" : a.hoursPerWeek();
            case "category" -> either(a.category(), settings.categoryGroups().isEmpty() ? "" : a.memberOf());
            case "roles" -> either(a.roles(), settings.roleGroups().isEmpty() ? "" : a.memberOf());
            case "left_on" -> either(a.leftOn(), settings.disabledAccountsLeave() ? a.accountControl() : "");
            default -> column;
        };
    }

    private static String either(String attribute, String orAttribute) {
        if (attribute.isBlank()) {
            return orAttribute.isBlank() ? null : orAttribute;
        }
        return orAttribute.isBlank() ? attribute : attribute + " or " + orAttribute;
    }

    /** Rolls the sync's transaction back, carrying the problems in the directory's words. */
    private static final class LdapSyncRejected extends RuntimeException {
        final transient List<LdapSyncProblem> problems;

        LdapSyncRejected(List<LdapSyncProblem> problems) {
            super("LDAP directory sync rejected");
            this.problems = problems;
        }
    }
}
