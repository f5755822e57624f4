package org.supervision.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Walks the chain from the first entry and reports the first link that does not hold. */
@Component
public class AuditVerification {

    private final JdbcTemplate jdbc;

    AuditVerification(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code firstBrokenId} null: every entry is intact and in sequence. */
    public record Result(long entriesChecked, Long firstBrokenId, String problem) {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    @Transactional(readOnly = true)
    public Result verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previousHash = new AtomicReference<>(
                "0000000000000000000000000000000000000000000000000000000000000000");
        AtomicReference<Result> broken = new AtomicReference<>();
        jdbc.query("select * from audit_log order by id", (ResultSet row) -> {
            if (broken.get() != null) {
                return;
            }
            AuditTrail.Entry entry = entry(row);
            long expectedId = checked.get() + 1;
            if (entry.id() != expectedId) {
                broken.set(new Result(checked.get(), expectedId, "entry " + expectedId + " is missing"));
            } else if (!entry.previousHash().equals(previousHash.get())) {
                broken.set(new Result(checked.get(), entry.id(), "does not link to entry " + (entry.id() - 1)));
            } else if (!AuditTrail.hashOf(entry).equals(entry.hash())) {
                broken.set(new Result(checked.get(), entry.id(), "content changed after it was written"));
            } else {
                previousHash.set(entry.hash());
                checked.incrementAndGet();
            }
        });
        if (broken.get() != null) {
            return broken.get();
        }
        Long head = jdbc.queryForObject("select last_id from audit_chain_head where id = 1", Long.class);
        if (head != null && head != checked.get()) {
            return new Result(checked.get(), checked.get() + 1, "entries after " + checked.get() + " were removed");
        }
        return new Result(checked.get(), null, null);
    }

    static AuditTrail.Entry entry(ResultSet row) throws SQLException {
        return new AuditTrail.Entry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                row.getString("action"), row.getString("record_type"), row.getString("record_id"),
                row.getString("subject_staff_id"), row.getString("reason"), row.getString("details"),
                row.getString("previous_hash"), row.getString("hash"));
    }
}
