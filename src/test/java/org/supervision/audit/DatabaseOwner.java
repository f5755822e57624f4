package org.supervision.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database's owner (a PostgreSQL superuser) can do to the audit log without the
 * application: switch its append-only triggers off, change entries and recompute every hash
 * the way the hash chain defines them, strip or forge MACs, remove the newest entries. The
 * hash is computed here from its published definition, not by the product's code.
 */
final class DatabaseOwner {

    /** What happens to the MACs of the entries a rewrite touches. */
    sealed interface Macs permits Keep, Strip, Forge {
    }

    /** Leave them: the rewrite as someone would do it who only knows the hash chain. */
    record Keep() implements Macs {
    }

    /** Remove them, and the seal's: make the chain look as if it never had keys. */
    record Strip() implements Macs {
    }

    /** Recompute them with a key of the attacker's (the algorithm is public, the key is not). */
    record Forge(String keyId, String secret) implements Macs {
    }

    /** Rows and head as they were, to put back so that the rest of the suite sees the chain untouched. */
    record Snapshot(long fromId, List<Map<String, Object>> rows, Map<String, Object> head) {
    }

    private static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    DatabaseOwner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    boolean postgres() {
        return postgres;
    }

    /** PostgreSQL: the triggers that refuse UPDATE, DELETE and TRUNCATE off, as only an owner or superuser can. */
    void switchOffProtection() {
        triggers("disable");
    }

    void switchOnProtection() {
        triggers("enable");
    }

    private void triggers(String what) {
        if (postgres) {
            jdbc.execute("alter table audit_log " + what + " trigger user");
            // the seal exists from V13 on
            if (jdbc.queryForObject("select to_regclass('audit_chain_seal') is not null", Boolean.class)) {
                jdbc.execute("alter table audit_chain_seal " + what + " trigger user");
            }
        }
    }

    /** Changes an entry and nothing else: the rewrite of someone who does not know the chain. */
    void changeWithoutRehashing(long id, String details) {
        switchOffProtection();
        try {
            jdbc.update("update audit_log set details = ? where id = ?", details, id);
        } finally {
            switchOnProtection();
        }
    }

    Snapshot snapshot(long fromId) {
        return new Snapshot(fromId, jdbc.queryForList("select * from audit_log where id >= ? order by id", fromId),
                jdbc.queryForMap("select * from audit_chain_head where id = 1"));
    }

    void putBack(Snapshot snapshot) {
        switchOffProtection();
        try {
            jdbc.update("delete from audit_log where id >= ?", snapshot.fromId());
            for (Map<String, Object> row : snapshot.rows()) {
                jdbc.update("insert into audit_log (id, occurred_at, actor, action, record_type, record_id, subject_staff_id,"
                                + " reason, details, previous_hash, hash, key_id, mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("record_type"),
                        row.get("record_id"), row.get("subject_staff_id"), row.get("reason"), row.get("details"),
                        row.get("previous_hash"), row.get("hash"), row.get("key_id"), row.get("mac"));
            }
            Map<String, Object> head = snapshot.head();
            jdbc.update("update audit_chain_head set last_id = ?, last_hash = ?, last_mac = ? where id = 1",
                    head.get("last_id"), head.get("last_hash"), head.get("last_mac"));
        } finally {
            switchOnProtection();
        }
    }

    /**
     * Applies the change to entry firstId, then gives it and every later entry the hashes
     * (previous and own) the chain's definition asks for, treats their MACs as told, and moves
     * the head along: every hash link holds afterwards.
     */
    void rewrite(long firstId, Consumer<Map<String, Object>> change, Macs macs) {
        switchOffProtection();
        try {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from audit_log where id >= ? order by id", firstId);
            if (macs instanceof Strip || rows.stream().anyMatch(row -> row.get("mac") == null)) {
                // the check that new entries carry a MAC applies to every row an UPDATE writes
                jdbc.execute("alter table audit_log drop constraint if exists audit_log_keyed");
            }
            if (macs instanceof Strip) {
                jdbc.update("delete from audit_chain_seal");
            }
            String previousHash = firstId == 1 ? GENESIS
                    : jdbc.queryForObject("select hash from audit_log where id = ?", String.class, firstId - 1);
            String previousMac = firstId == 1 ? GENESIS
                    : jdbc.queryForObject("select mac from audit_log where id = ?", String.class, firstId - 1);
            String lastMac = null;
            for (Map<String, Object> row : rows) {
                if (((Number) row.get("id")).longValue() == firstId) {
                    change.accept(row);
                }
                row.put("previous_hash", previousHash);
                row.put("hash", hash(row));
                if (macs instanceof Strip) {
                    row.put("key_id", null);
                    row.put("mac", null);
                } else if (macs instanceof Forge forge) {
                    row.put("key_id", forge.keyId());
                    row.put("mac", AuditChain.macOf(mac(forge.secret()), entry(row), previousMac));
                }
                jdbc.update("update audit_log set actor = ?, details = ?, previous_hash = ?, hash = ?, key_id = ?, mac = ?"
                                + " where id = ?", row.get("actor"), row.get("details"), row.get("previous_hash"), row.get("hash"),
                        row.get("key_id"), row.get("mac"), row.get("id"));
                previousHash = (String) row.get("hash");
                previousMac = (String) row.get("mac");
                lastMac = previousMac;
            }
            jdbc.update("update audit_chain_head set last_hash = ?, last_mac = ? where id = 1", previousHash, lastMac);
        } finally {
            switchOnProtection();
        }
    }

    /** Removes the newest entries and moves the head back, so that the chain ends at entry lastId. */
    void truncateAfter(long lastId) {
        switchOffProtection();
        try {
            jdbc.update("delete from audit_log where id > ?", lastId);
            jdbc.update("update audit_chain_head set last_id = ?, last_hash = (select hash from audit_log where id = ?),"
                    + " last_mac = (select mac from audit_log where id = ?) where id = 1", lastId, lastId, lastId);
        } finally {
            switchOnProtection();
        }
    }

    /** An entry as the version before keys wrote it: no key id, no MAC. */
    void insertUnkeyed(long id, Timestamp at, String actor, String action, String recordType, String recordId,
                       String subject, String details) {
        String previousHash = id == 1 ? GENESIS
                : jdbc.queryForObject("select hash from audit_log where id = ?", String.class, id - 1);
        Map<String, Object> row = new java.util.HashMap<>(Map.of("id", id, "occurred_at", at, "actor", actor, "action", action,
                "record_type", recordType, "previous_hash", previousHash));
        row.put("record_id", recordId);
        row.put("subject_staff_id", subject);
        row.put("details", details);
        String hash = hash(row);
        jdbc.update("insert into audit_log (id, occurred_at, actor, action, record_type, record_id, subject_staff_id, reason,"
                + " details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)", id, at, actor, action,
                recordType, recordId, subject, details, previousHash, hash);
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", id, hash);
    }

    /** The entry's hash as defined since the audit log's first version (V10). */
    static String hash(Map<String, Object> row) {
        String content = String.join("\u001f", row.get("id").toString(),
                Long.toString(((Timestamp) row.get("occurred_at")).toInstant().toEpochMilli()), (String) row.get("actor"),
                (String) row.get("action"), (String) row.get("record_type"), text(row.get("record_id")),
                text(row.get("subject_staff_id")), text(row.get("reason")), text(row.get("details")),
                (String) row.get("previous_hash"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Mac mac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditTrail.Entry entry(Map<String, Object> row) {
        return new AuditTrail.Entry(((Number) row.get("id")).longValue(), ((Timestamp) row.get("occurred_at")).toInstant(),
                (String) row.get("actor"), (String) row.get("action"), (String) row.get("record_type"),
                (String) row.get("record_id"), (String) row.get("subject_staff_id"), (String) row.get("reason"),
                (String) row.get("details"), (String) row.get("previous_hash"), (String) row.get("hash"),
                (String) row.get("key_id"), (String) row.get("mac"));
    }
}
