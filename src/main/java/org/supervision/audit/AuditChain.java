package org.supervision.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervision.audit.AuditTrail.Entry;

/**
 * The chain itself: each entry stores a SHA-256 hash over its content and the previous
 * entry's hash, and an HMAC-SHA256 over its content, its key id and the previous entry's
 * MAC, under a key the database does not hold ({@link AuditChainKeys}). Anyone who can
 * write the tables can recompute hashes; only the application can compute MACs, so a
 * rewrite, even by the database's owner, leaves entries whose MAC does not match.
 *
 * <p>Entries written before the chain had keys carry no MAC. At the first start with a
 * key the chain of such entries is checked and, if intact, sealed: each one's MAC is
 * stored in {@code audit_chain_seal} (the log itself stays append-only) and the keyed
 * entries continue from the last of them. This happens once: afterwards the head carries
 * a MAC, and a chain stripped of its MACs is reported by verification, not sealed again
 * (unless {@code supervision.audit.seal-unkeyed-entries} is left on and every MAC and the
 * head's are removed: see deploy/README.md for switching it off after the upgrade).
 */
@Component
public class AuditChain {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final AuditChainKeys keys;
    private final boolean sealUnkeyedEntries;
    private final TransactionTemplate ownTransaction;

    @Autowired
    AuditChain(JdbcTemplate jdbc, Environment environment, PlatformTransactionManager transactions,
               @Value("${supervision.audit.seal-unkeyed-entries:true}") boolean sealUnkeyedEntries) {
        this(jdbc, AuditChainKeys.from(environment), transactions, sealUnkeyedEntries);
    }

    AuditChain(JdbcTemplate jdbc, AuditChainKeys keys, PlatformTransactionManager transactions, boolean sealUnkeyedEntries) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.sealUnkeyedEntries = sealUnkeyedEntries;
    }

    AuditChainKeys keys() {
        return keys;
    }

    /**
     * Chains the entries in the caller's transaction. The head row's lock makes appends from
     * every node and thread take turns: three statements, as before keys.
     */
    void append(List<Entry> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Map<String, Object> head = lockHead();
        long id = ((Number) head.get("last_id")).longValue();
        String previousHash = (String) head.get("last_hash");
        String previousMac = (String) head.get("last_mac");
        if (previousMac == null) {
            previousMac = id == 0 ? GENESIS : sealUnkeyed(id, previousHash);
        }
        String keyId = keys.current();
        Mac mac = keys.mac(keyId);
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (Entry draft : drafts) {
            id++;
            Entry entry = draft.chained(id, previousHash, null, keyId, null);
            String hash = hashOf(entry);
            String entryMac = macOf(mac, entry.chained(id, previousHash, hash, keyId, null), previousMac);
            rows.add(new Object[] {id, Timestamp.from(entry.occurredAt()), entry.actor(), entry.action(), entry.recordType(),
                    entry.recordId(), entry.subjectStaffId(), entry.reason(), entry.details(), previousHash, hash, keyId,
                    entryMac});
            previousHash = hash;
            previousMac = entryMac;
        }
        jdbc.batchUpdate("insert into audit_log (id, occurred_at, actor, action, record_type, record_id, subject_staff_id, "
                + "reason, details, previous_hash, hash, key_id, mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ?, last_mac = ? where id = 1", id, previousHash,
                previousMac);
    }

    /**
     * At start-up, so that an upgraded installation's entries are sealed before anyone
     * could change them, not only at the first audited change after the upgrade.
     */
    @EventListener(ApplicationStartedEvent.class)
    public void sealAtStartUp() {
        ownTransaction.executeWithoutResult(status -> {
            Map<String, Object> head = lockHead();
            long lastId = ((Number) head.get("last_id")).longValue();
            if (head.get("last_mac") == null && lastId > 0) {
                String lastMac = sealUnkeyed(lastId, (String) head.get("last_hash"));
                // from now on the head carries a MAC: sealing is tried once, never again
                jdbc.update("update audit_chain_head set last_mac = ? where id = 1", lastMac);
            }
        });
    }

    private Map<String, Object> lockHead() {
        return jdbc.queryForMap("select last_id, last_hash, last_mac from audit_chain_head where id = 1 for update");
    }

    /**
     * Seals entries 1 to lastId, written before the chain had keys, if they form an intact
     * chain; returns the MAC the next entry continues from (the last seal's, or the genesis
     * value when they were not sealed, in which case verification reports them).
     */
    private String sealUnkeyed(long lastId, String lastHash) {
        if (!sealUnkeyedEntries) {
            LOG.error("The audit log's entries 1 to {} carry no MAC and supervision.audit.seal-unkeyed-entries is off: they"
                    + " are not sealed, and verifying the audit log reports them", lastId);
            return GENESIS;
        }
        Long macs = jdbc.queryForObject("select (select count(*) from audit_log where mac is not null)"
                + " + (select count(*) from audit_chain_seal)", Long.class);
        if (macs != null && macs > 0) {
            LOG.error("The audit chain's head carries no MAC although {} entries do: the head was changed outside the"
                    + " application. Not sealing; verifying the audit log shows where the chain breaks", macs);
            return GENESIS;
        }
        String problem = unkeyedChainProblem(lastId, lastHash);
        if (problem != null) {
            LOG.error("Not sealing the audit log's {} entries written before the chain key: {}. Verifying the audit log"
                    + " reports it", lastId, problem);
            return GENESIS;
        }
        String keyId = keys.current();
        Mac mac = keys.mac(keyId);
        String[] previousMac = {GENESIS};
        List<Object[]> seals = new ArrayList<>(PAGE);
        forEach(lastId, entry -> {
            previousMac[0] = macOf(mac, entry.chained(entry.id(), entry.previousHash(), entry.hash(), keyId, null),
                    previousMac[0]);
            seals.add(new Object[] {entry.id(), keyId, previousMac[0]});
            if (seals.size() == PAGE) {
                insertSeals(seals);
            }
            return true;
        });
        insertSeals(seals);
        LOG.warn("Sealed the audit log's {} entries written before the chain key (entries 1 to {}) under key '{}'; MAC of"
                + " entry {}: {}. From now on every entry carries a MAC", lastId, lastId, keyId, lastId, previousMac[0]);
        return previousMac[0];
    }

    private void insertSeals(List<Object[]> seals) {
        jdbc.batchUpdate("insert into audit_chain_seal (entry_id, key_id, mac) values (?, ?, ?)", seals);
        seals.clear();
    }

    /** Why entries 1 to lastId are not an intact chain of hashes, or null. */
    private String unkeyedChainProblem(long lastId, String lastHash) {
        long[] expectedId = {1};
        String[] previousHash = {GENESIS};
        String[] problem = {null};
        forEach(lastId, entry -> {
            if (entry.id() != expectedId[0]) {
                problem[0] = "entry " + expectedId[0] + " is missing";
            } else if (!entry.previousHash().equals(previousHash[0])) {
                problem[0] = "entry " + entry.id() + " does not link to entry " + (entry.id() - 1);
            } else if (!hashOf(entry).equals(entry.hash())) {
                problem[0] = "entry " + entry.id() + " was changed after it was written (its hash does not match)";
            } else {
                previousHash[0] = entry.hash();
                expectedId[0]++;
            }
            return problem[0] == null;
        });
        if (problem[0] == null && (expectedId[0] - 1 != lastId || !previousHash[0].equals(lastHash))) {
            problem[0] = "the chain ends at entry " + (expectedId[0] - 1) + " but its head records entry " + lastId;
        }
        return problem[0];
    }

    /**
     * Entries 1 to upToId in order, a page at a time (the log may hold millions), with the
     * MAC and key id from the entry itself or, for entries sealed after an upgrade, from
     * the seal. Stops when the action returns false.
     */
    void forEach(long upToId, Predicate<Entry> action) {
        long after = 0;
        while (after < upToId) {
            List<Entry> page = jdbc.query("select * from audit_log where id > ? and id <= ? order by id limit " + PAGE,
                    (row, n) -> AuditVerification.entry(row), after, upToId);
            if (page.isEmpty()) {
                return;
            }
            // the seal's rows of the page's range, by their primary key (a join lets the planner scan the whole seal)
            Map<Long, String[]> sealed = new HashMap<>();
            jdbc.query("select entry_id, key_id, mac from audit_chain_seal where entry_id >= ? and entry_id <= ?",
                    (ResultSet row) -> {
                        sealed.put(row.getLong("entry_id"), new String[] {row.getString("key_id"), row.getString("mac")});
                    }, page.get(0).id(), page.get(page.size() - 1).id());
            for (Entry entry : page) {
                String[] seal = entry.mac() == null ? sealed.get(entry.id()) : null;
                Entry chained = seal == null ? entry
                        : entry.chained(entry.id(), entry.previousHash(), entry.hash(), seal[0], seal[1]);
                if (!action.test(chained)) {
                    return;
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
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

    /**
     * The entry's MAC under the given key (the entry's own key id is part of the input). Each
     * field is written with its length, so no text can be moved from one field into the next
     * without changing the MAC (the hash's separator alone would allow that).
     */
    static String macOf(Mac mac, Entry entry, String previousMac) {
        StringBuilder input = new StringBuilder(256).append("supervision-audit-chain-v1");
        for (String field : new String[] {entry.keyId(), Long.toString(entry.id()),
                Long.toString(entry.occurredAt().toEpochMilli()), entry.actor(), entry.action(), entry.recordType(),
                entry.recordId(), entry.subjectStaffId(), entry.reason(), entry.details(), entry.previousHash(), entry.hash(),
                previousMac}) {
            if (field == null) {
                input.append("|-");
            } else {
                input.append('|').append(field.length()).append(':').append(field);
            }
        }
        return HexFormat.of().formatHex(mac.doFinal(input.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
