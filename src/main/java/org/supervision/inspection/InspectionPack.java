package org.supervision.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.supervision.audit.AuditTrail;
import org.supervision.audit.AuditVerification;
import org.supervision.compliance.ComplianceReports;
import org.supervision.compliance.Period;
import org.supervision.shared.CsvExport;
import org.supervision.shared.SupervisionClock;
import org.supervision.shared.UkDates;
import org.supervision.staff.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The inspection evidence pack: one ZIP for a service and a period, with a printable summary,
 * the compliance figures of the area over the period (the compliance page's columns), each
 * person's supervision log, their direct observations and the audit log's verification
 * with the head it reached (to note outside the database, so that a later check can show that
 * nothing was removed since). Producing a pack is itself written to the audit log: who, for
 * which service and period, and the pack's SHA-256, so a pack handed to an inspector can be
 * matched to its entry.
 */
@Component
class InspectionPack {

    /** The ZIP and what names it. */
    record Download(String fileName, byte[] zip, String sha256) {
    }

    private final ServiceScope scope;
    private final SupervisionLog log;
    private final AuditVerification verification;
    private final AuditTrail audit;
    private final SupervisionClock clock;
    private final UkDates dates;
    private final TemplateEngine templates;
    private final ComplianceReports compliance;

    InspectionPack(ServiceScope scope, SupervisionLog log, AuditVerification verification, AuditTrail audit,
                   SupervisionClock clock, UkDates dates, TemplateEngine templates, ComplianceReports compliance) {
        this.compliance = compliance;
        this.scope = scope;
        this.log = log;
        this.verification = verification;
        this.audit = audit;
        this.clock = clock;
        this.dates = dates;
        this.templates = templates;
    }

    @Transactional
    Download produce(String producedBy, StaffMember manager, LocalDate from, LocalDate to) {
        // the compliance figures' period: judged today while it runs, on its last day once over
        Period judged = Period.between(from, to, clock.today());
        LocalDate asOf = judged.asOf();
        List<StaffMember> people = scope.peopleOf(manager.getId(), from, to);
        SupervisionLog.Entries period = log.of(people, judged);
        AuditVerification.Result chain = verification.verify();
        Instant producedAt = clock.now();

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("summary.html", summary(producedBy, manager, from, to, asOf, people, period, chain, producedAt));
        files.put("compliance.csv", compliance.areaCsv(producedBy, manager.getId(), from, to).getBytes(StandardCharsets.UTF_8));
        files.put("people.csv", people(people, period));
        files.put("supervision-log.csv", sessions(period));
        files.put("direct-observations.csv", observations(period));
        files.put("audit-log-verification.txt", chain(chain, producedAt));
        byte[] zip = zip(files);
        String sha256 = sha256(zip);

        audit.append(producedBy, "INSPECTION_PACK_PRODUCED", "InspectionPack", null, manager.getId(), null,
                "service of " + manager.getFullName() + "; " + dates.day(from) + " to " + dates.day(to) + "; "
                        + people.size() + (people.size() == 1 ? " person" : " people") + "; SHA-256 " + sha256);
        String fileName = "inspection-pack-" + manager.getId() + "-" + from + "-to-" + to + ".zip";
        return new Download(fileName, zip, sha256);
    }

    private byte[] summary(String producedBy, StaffMember manager, LocalDate from, LocalDate to, LocalDate asOf,
                           List<StaffMember> people, SupervisionLog.Entries period, AuditVerification.Result chain,
                           Instant producedAt) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("manager", manager);
        context.setVariable("from", dates.day(from));
        context.setVariable("to", dates.day(to));
        context.setVariable("asOf", dates.day(asOf));
        context.setVariable("producedAt", dates.dateTime(producedAt));
        context.setVariable("producedBy", producedBy);
        context.setVariable("people", people.size());
        context.setVariable("leavers", people.stream().filter(person -> person.getLeftOn() != null && !person.getLeftOn().isAfter(to)).count());
        context.setVariable("onTime", period.count(SessionOutcome.HELD_ON_TIME));
        context.setVariable("late", period.count(SessionOutcome.HELD_LATE));
        context.setVariable("missed", period.count(SessionOutcome.MISSED));
        context.setVariable("ended", period.count(SessionOutcome.ENDED));
        context.setVariable("notYetDue", period.count(SessionOutcome.NOT_YET_DUE));
        context.setVariable("observationsDue", period.observationsDue(asOf));
        context.setVariable("observationsDone", period.observationsDone());
        context.setVariable("rows", PersonFigures.of(people, period));
        context.setVariable("chain", chain);
        return templates.process("inspection/summary", context).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] people(List<StaffMember> people, SupervisionLog.Entries period) {
        CsvExport csv = CsvExport.withHeader("Staff id", "Name", "Category", "Left on", "Sessions held on time",
                "Sessions held late", "Sessions not held by their due date", "Sessions not yet due",
                "Observations done", "Observations planned in the period");
        for (PersonFigures row : PersonFigures.of(people, period)) {
            csv.row(row.person().getId(), row.person().getFullName(), row.person().getCategory(),
                    row.person().getLeftOn(), row.onTime(), row.late(), row.missed(), row.notYetDue(),
                    row.observationsDone(), row.observationsPlanned());
        }
        return bytes(csv);
    }

    private byte[] sessions(SupervisionLog.Entries period) {
        CsvExport csv = CsvExport.withHeader("Staff id", "Name", "Supervision", "Supervisor", "Due by", "Held on",
                "Outcome", "Days late", "Postponed at the supervisor's request", "Postponed at the supervisee's request");
        for (SupervisionLog.SessionEntry entry : period.sessions()) {
            csv.row(entry.person().getId(), entry.person().getFullName(), entry.type(), entry.supervisorName(),
                    day(entry.dueBy()), day(entry.heldOn()), entry.outcome().words(), entry.daysLate(),
                    entry.postponedBySupervisor(), entry.postponedBySupervisee());
        }
        return bytes(csv);
    }

    private byte[] observations(SupervisionLog.Entries period) {
        CsvExport csv = CsvExport.withHeader("Staff id", "Name", "Observer", "Observation year from", "Observation",
                "Plan by", "Held on", "Done (feedback signed by both)");
        for (SupervisionLog.ObservationEntry entry : period.observations()) {
            csv.row(entry.person().getId(), entry.person().getFullName(), entry.observerName(), day(entry.yearStartsOn()),
                    entry.number() + " of " + entry.requiredInYear(), day(entry.plannedBy()), day(entry.heldOn()),
                    entry.done() ? "Yes" : "No");
        }
        return bytes(csv);
    }

    private byte[] chain(AuditVerification.Result chain, Instant producedAt) {
        StringBuilder text = new StringBuilder()
                .append("Audit log verification, ").append(dates.dateTime(producedAt)).append("\n\n")
                .append(chain.summary()).append("\n\n");
        if (chain.intact() && chain.entriesChecked() > 0) {
            text.append("Head reached (note it outside this system; a later verification with this checkpoint shows\n")
                    .append("whether any entry up to it was changed or removed since):\n")
                    .append("  entry: ").append(chain.entriesChecked()).append('\n')
                    .append("  MAC:   ").append(chain.lastEntryMac()).append('\n')
                    .append("  key:   ").append(chain.lastKeyId()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String day(LocalDate date) {
        return date == null ? "" : dates.day(date);
    }

    private static byte[] bytes(CsvExport csv) {
        return csv.toCsv().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
