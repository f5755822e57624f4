package org.supervision.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.supervision.shared.SupervisionClock;

/**
 * The tamper-evident audit log: each entry stores a SHA-256 hash over its own content and
 * the previous entry's hash, so changing or removing any entry breaks every link after
 * it. Appends join the caller's transaction: a change that rolls back leaves no entry.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final SupervisionClock clock;

    AuditTrail(JdbcTemplate jdbc, SupervisionClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
                        String subjectStaffId, String reason, String details, String previousHash, String hash) {
    }

    @Transactional
    public void append(String actor, String action, String recordType, String recordId, String subjectStaffId,
                       String reason, String details) {
        // the head row's lock makes appends from every node and thread take turns
        Map<String, Object> head = jdbc.queryForMap("select last_id, last_hash from audit_chain_head where id = 1 for update");
        long id = ((Number) head.get("last_id")).longValue() + 1;
        String previous = (String) head.get("last_hash");
        Instant at = Instant.ofEpochMilli(clock.now().toEpochMilli());
        Entry entry = new Entry(id, at, actor, action, recordType, recordId, subjectStaffId, clip(reason), clip(details),
                previous, null);
        String hash = hashOf(entry);
        jdbc.update("insert into audit_log (id, occurred_at, actor, action, record_type, record_id, subject_staff_id, "
                        + "reason, details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, Timestamp.from(at), actor, action, recordType, recordId, subjectStaffId, entry.reason(),
                entry.details(), previous, hash);
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", id, hash);
    }

    static String hashOf(Entry entry) {
        String content = String.join("\u001f", Long.toString(entry.id()), Long.toString(entry.occurredAt().toEpochMilli()),
                entry.actor(), entry.action(), entry.recordType(), nullToEmpty(entry.recordId()),
                nullToEmpty(entry.subjectStaffId()), nullToEmpty(entry.reason()), nullToEmpty(entry.details()),
                entry.previousHash());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3997) + "...";
    }
}
