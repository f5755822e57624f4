package org.supervision.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first entry and reports, in plain words, the first entry that
 * does not hold: a gap, a broken link, a hash or a MAC that does not match, a key that is
 * not configured. A rewrite of the database, hashes recomputed and all, fails at the first
 * changed entry's MAC. What verification cannot see by itself is the newest entries being
 * removed together with the head's record of them; a checkpoint (an entry's id and MAC
 * noted earlier, outside the database) makes that visible too.
 */
@Component
public class AuditVerification {

    private final JdbcTemplate jdbc;
    private final AuditChain chain;

    AuditVerification(JdbcTemplate jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    /** An entry's id and MAC as noted from an earlier verification (or the daily log line). */
    public record Checkpoint(long entryId, String mac) {
    }

    /**
     * {@code firstBrokenId} null: every entry is intact and in sequence. {@code entriesChecked}
     * entries (1 to that number) are intact either way; {@code lastEntryMac} and
     * {@code lastKeyId} are those of the last intact entry, to note as a checkpoint.
     */
    public record Result(long entriesChecked, Long firstBrokenId, String problem, String lastEntryMac, String lastKeyId) {

        @JsonProperty
        public boolean intact() {
            return firstBrokenId == null;
        }

        /** What the auditor's page shows. */
        @JsonProperty
        public String summary() {
            if (intact()) {
                return entriesChecked == 0 ? "Intact: the audit log has no entries yet."
                        : "Intact up to entry " + entriesChecked + ": every entry's hash and MAC hold (entry "
                                + entriesChecked + " has MAC " + lastEntryMac + ", key '" + lastKeyId + "').";
            }
            String sentence = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
            return entriesChecked == 0 ? sentence + "." : entriesChecked == 1 ? sentence + ". Entry 1 is intact."
                    : sentence + ". Entries 1 to " + entriesChecked + " are intact.";
        }
    }

    @Transactional(readOnly = true)
    public Result verify() {
        return verify(null);
    }

    @Transactional(readOnly = true)
    public Result verify(Checkpoint checkpoint) {
        List<Map<String, Object>> heads = jdbc.queryForList("select last_id, last_mac from audit_chain_head where id = 1");
        if (heads.isEmpty()) {
            return new Result(0, 1L, "the chain's head is missing from the database", null, null);
        }
        long headId = ((Number) heads.get(0).get("last_id")).longValue();
        Object headMac = heads.get(0).get("last_mac");
        Walk walk = new Walk(chain.keys(), checkpoint);
        chain.forEach(headId, walk::check);
        if (walk.problem == null && walk.checked < headId) {
            walk.broken(walk.checked + 1, "the chain is shorter than its head records: it ends at entry " + walk.checked
                    + " but the head records entry " + headId + " (entries after " + walk.checked + " were removed)");
        } else if (walk.problem == null && walk.checked > 0 && !String.valueOf(walk.lastMac).equals(headMac)) {
            // the next entry is chained from the head's MAC: a changed head would break it
            walk.broken(walk.checked + 1, "the chain's head does not carry the MAC of entry " + walk.checked + ", its last"
                    + " entry: the head was changed outside the application, and the next entry would not verify");
        }
        if (checkpoint != null && walk.checkpointMac == null && walk.problem == null) {
            walk.broken(walk.checked + 1, "the chain is shorter than the checkpoint: it ends at entry " + walk.checked
                    + " but the checkpoint names entry " + checkpoint.entryId() + " (entries were removed)");
        } else if (checkpoint != null && walk.checkpointMac != null && !walk.checkpointMac.equals(checkpoint.mac())) {
            // the entries up to the checkpoint verify but are not all the ones it was taken from; which
            // of them changed cannot be told, so none of them is reported intact
            walk.checked = 0;
            walk.broken(checkpoint.entryId(), "entry " + checkpoint.entryId() + " does not carry the checkpoint's MAC: entries"
                    + " up to it were removed and written again, or the checkpoint was noted wrongly");
            walk.lastMac = null;
            walk.lastKeyId = null;
        }
        return new Result(walk.checked, walk.brokenId, walk.problem, walk.lastMac, walk.lastKeyId);
    }

    /** The state of one walk along the chain. */
    private static final class Walk {

        private final AuditChainKeys keys;
        private final Checkpoint checkpoint;
        private final Map<String, Mac> macs = new HashMap<>();
        private long checked;
        private String previousHash = AuditChain.GENESIS;
        private String previousMac = AuditChain.GENESIS;
        private String lastMac;
        private String lastKeyId;
        private String checkpointMac;
        private Long brokenId;
        private String problem;

        Walk(AuditChainKeys keys, Checkpoint checkpoint) {
            this.keys = keys;
            this.checkpoint = checkpoint;
        }

        boolean check(AuditTrail.Entry entry) {
            long id = checked + 1;
            if (entry.id() != id) {
                return broken(id, "entry " + id + " is missing");
            }
            if (!entry.previousHash().equals(previousHash)) {
                return broken(id, "entry " + id + " does not link to entry " + (id - 1) + " (its previous hash differs)");
            }
            if (!AuditChain.hashOf(entry).equals(entry.hash())) {
                return broken(id, "entry " + id + " was changed after it was written (its hash does not match its content)");
            }
            if (entry.mac() == null) {
                return broken(id, "entry " + id + " carries no MAC: it was written before the audit key was introduced and"
                        + " not sealed, or its MAC was removed");
            }
            if (!keys.knows(entry.keyId())) {
                return broken(id, "entry " + id + " was written with an unknown key '" + entry.keyId() + "' (not in"
                        + " supervision.audit.chain-keys): it cannot be verified");
            }
            Mac mac = macs.computeIfAbsent(entry.keyId(), keys::mac);
            if (!AuditChain.macOf(mac, entry, previousMac).equals(entry.mac())) {
                return broken(id, "entry " + id + " was changed or its MAC does not match (key '" + entry.keyId() + "')");
            }
            checked = id;
            previousHash = entry.hash();
            previousMac = entry.mac();
            lastMac = entry.mac();
            lastKeyId = entry.keyId();
            if (checkpoint != null && id == checkpoint.entryId()) {
                checkpointMac = entry.mac();
            }
            return true;
        }

        boolean broken(long id, String what) {
            brokenId = id;
            problem = what;
            return false;
        }
    }

    static AuditTrail.Entry entry(ResultSet row) throws SQLException {
        return new AuditTrail.Entry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                row.getString("action"), row.getString("record_type"), row.getString("record_id"),
                row.getString("subject_staff_id"), row.getString("reason"), row.getString("details"),
                row.getString("previous_hash"), row.getString("hash"), row.getString("key_id"), row.getString("mac"));
    }
}
