package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;
import org.supervision.audit.DatabaseOwner.Forge;
import org.supervision.audit.DatabaseOwner.Keep;
import org.supervision.audit.DatabaseOwner.Strip;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.StandaloneDatabase;
import org.supervision.support.WebClient;

/**
 * The audit chain against its database's owner: whoever can switch off the append-only
 * triggers and rewrite rows, hashes and head included, but does not hold the chain key.
 * The first tests work on the running application's own chain (and put it back); the
 * others on a database of their own, as an installation upgraded from the version before
 * keys, or restarted with other keys, would have. On PostgreSQL the owner is the server's
 * superuser ({@code postgres}), who switches the append-only triggers off before rewriting:
 * what an installation's database owner can do.
 */
@IntegrationTest
@AlsoOnPostgres
class AuditChainTest {

    static final String TEST_KEY = "test"; // application-test.yml
    static final String A_SECRET = "first-audit-chain-key-of-the-rotation-test";
    static final String B_SECRET = "second-audit-chain-key-of-the-rotation-test";

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditVerification verification;
    @Autowired AuditChainMonitor monitor;
    @Autowired AuditTrail trail;

    // ------------------------------------------------------------------ the application's own chain

    @Test
    void anUntouchedChainVerifiesAndEveryNewEntryCarriesTheCurrentKeysMac() {
        long first = appendThroughTheProduct(3);
        assertThat(WebClient.basic(port, "ymartin", "demo").get("/api/staff/ymartin/sessions").statusCode()).isEqualTo(200);
        long newest = newest();

        AuditVerification.Result result = verification.verify();

        assertThat(result.summary()).startsWith("Intact up to entry " + newest + ":");
        assertThat(result.entriesChecked()).isEqualTo(newest);
        assertThat(result.lastEntryMac()).isEqualTo(jdbc.queryForObject("select mac from audit_log where id = ?",
                String.class, newest)).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForList("select key_id from audit_log where id >= ?", String.class, first))
                .hasSize((int) (newest - first + 1)).containsOnly(TEST_KEY);
        assertThat(jdbc.queryForObject("select last_mac from audit_chain_head where id = 1", String.class))
                .as("the head carries the newest entry's MAC").isEqualTo(result.lastEntryMac());
    }

    @Test
    void aRewriteByTheDatabaseOwnerWithEveryHashRecomputedIsReportedAtTheChangedEntry() {
        long first = appendThroughTheProduct(5);
        long changed = first + 1;
        DatabaseOwner owner = new DatabaseOwner(jdbc);
        DatabaseOwner.Snapshot before = owner.snapshot(changed);
        try {
            owner.rewrite(changed, row -> row.put("details", "nothing to see here"), new Keep());

            assertThat(jdbc.queryForObject("select details from audit_log where id = ?", String.class, changed))
                    .isEqualTo("nothing to see here");
            assertThat(hashLinksHold()).as("the rewrite left every hash and link as the hash chain defines them").isTrue();
            AuditVerification.Result result = verification.verify();
            assertThat(result.firstBrokenId()).isEqualTo(changed);
            assertThat(result.entriesChecked()).isEqualTo(changed - 1);
            assertThat(result.problem()).isEqualTo("entry " + changed + " was changed or its MAC does not match (key 'test')");

            HttpResponse<String> answer = WebClient.basic(port, "alee", "demo").get("/api/audit/verification");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"intact\":false", "\"firstBrokenId\":" + changed,
                    "\"summary\":\"Entry " + changed + " was changed or its MAC does not match (key 'test'). Entries 1 to "
                            + (changed - 1) + " are intact.\"");
        } finally {
            owner.putBack(before);
        }
        assertThat(verification.verify().intact()).as("put back as it was").isTrue();
    }

    @Test
    void macsRecomputedWithAKeyOtherThanTheApplicationsAreReportedToo() {
        long first = appendThroughTheProduct(4);
        long changed = first + 2;
        DatabaseOwner owner = new DatabaseOwner(jdbc);
        DatabaseOwner.Snapshot before = owner.snapshot(changed);
        try {
            owner.rewrite(changed, row -> row.put("actor", "someone"), new Forge(TEST_KEY, "a-guess-at-the-key-of-32-characters-or-more"));
            assertThat(verification.verify().problem())
                    .isEqualTo("entry " + changed + " was changed or its MAC does not match (key 'test')");

            owner.rewrite(changed, row -> row.put("actor", "someone"), new Forge("k9", "a-key-of-the-owners-own-of-32-characters"));
            AuditVerification.Result result = verification.verify();
            assertThat(result.firstBrokenId()).isEqualTo(changed);
            assertThat(result.problem()).isEqualTo("entry " + changed + " was written with an unknown key 'k9' (not in"
                    + " supervision.audit.chain-keys): it cannot be verified");
        } finally {
            owner.putBack(before);
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestEntriesShowsAgainstACheckpointNotedEarlier() {
        appendThroughTheProduct(3);
        AuditVerification.Result noted = verification.verify();
        long last = noted.entriesChecked();
        WebClient auditor = WebClient.basic(port, "alee", "demo");
        String checkpoint = "/api/audit/verification?checkpointEntry=" + last + "&checkpointMac=" + noted.lastEntryMac();
        assertThat(auditor.get(checkpoint).body()).contains("\"intact\":true");
        DatabaseOwner owner = new DatabaseOwner(jdbc);
        DatabaseOwner.Snapshot before = owner.snapshot(last - 1);
        try {
            owner.truncateAfter(last - 2);

            assertThat(verification.verify().summary()).as("what verification alone cannot see")
                    .startsWith("Intact up to entry " + (last - 2) + ":");
            assertThat(auditor.get(checkpoint).body()).contains("\"summary\":\"The chain is shorter than the checkpoint: it"
                    + " ends at entry " + (last - 2) + " but the checkpoint names entry " + last + " (entries were removed)."
                    + " Entries 1 to " + (last - 2) + " are intact.\"");

            appendThroughTheProduct(2); // the application carries on: entries last - 1 and last again, but other ones
            assertThat(newest()).isEqualTo(last);
            AuditVerification.Result result = verification.verify(new AuditVerification.Checkpoint(last, noted.lastEntryMac()));
            assertThat(result.firstBrokenId()).isEqualTo(last);
            assertThat(result.summary()).isEqualTo("Entry " + last + " does not carry the checkpoint's MAC: entries up to it"
                    + " were removed and written again, or the checkpoint was noted wrongly.");
        } finally {
            owner.putBack(before);
        }
        assertThat(verification.verify(new AuditVerification.Checkpoint(last, noted.lastEntryMac())).intact()).isTrue();

        HttpResponse<String> typo = auditor.get("/api/audit/verification?checkpointEntry=" + last + "&checkpointMac=12ab");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("\"field\":\"checkpointMac\"", "64 characters");
        assertThat(WebClient.basic(port, "tnguyen", "demo").get(checkpoint).statusCode()).as("auditors only").isEqualTo(403);
    }

    @Test
    void theDailyCheckCarriesItsCheckpointToTheNextDayAndPrometheusSeesLengthAndOutcome() {
        appendThroughTheProduct(2);
        assertThat(monitor.verifyDaily().intact()).isTrue();
        long last = newest();
        assertThat(metric("supervision_audit_chain_entries")).isEqualTo(last);
        assertThat(metric("supervision_audit_chain_intact")).isEqualTo(1.0);

        DatabaseOwner owner = new DatabaseOwner(jdbc);
        DatabaseOwner.Snapshot before = owner.snapshot(last);
        try {
            owner.truncateAfter(last - 1);
            AuditVerification.Result nextDay = monitor.verifyDaily();
            assertThat(nextDay.problem()).startsWith("the chain is shorter than the checkpoint: it ends at entry " + (last - 1));
            assertThat(metric("supervision_audit_chain_entries")).as("the drop monitoring alerts on").isEqualTo(last - 1);
            assertThat(metric("supervision_audit_chain_intact")).isEqualTo(0.0);
        } finally {
            owner.putBack(before);
        }
        assertThat(monitor.verifyDaily().intact()).isTrue();
        assertThat(metric("supervision_audit_chain_intact")).isEqualTo(1.0);
    }

    // ------------------------------------------------------------------ databases of their own

    @Test
    void afterAKeyRotationOldEntriesVerifyWithTheOldKeyForAsLongAsItIsKept() {
        JdbcTemplate db = new JdbcTemplate(migrated(null));
        AuditChain underA = chain(db, Map.of("a", A_SECRET), "a", true);
        append(db, underA, "before the rotation", 3);
        AuditChain underB = chain(db, Map.of("a", A_SECRET, "b", B_SECRET), "b", true); // restarted with b current
        append(db, underB, "after the rotation", 2);

        assertThat(db.queryForList("select key_id from audit_log order by id", String.class)).containsExactly("a", "a", "a", "b", "b");
        assertThat(new AuditVerification(db, underB).verify().summary()).startsWith("Intact up to entry 5:").endsWith("key 'b').");

        AuditChain withoutA = chain(db, Map.of("b", B_SECRET), "b", true);
        AuditVerification.Result result = new AuditVerification(db, withoutA).verify();
        assertThat(result.firstBrokenId()).isEqualTo(1);
        assertThat(result.summary()).isEqualTo("Entry 1 was written with an unknown key 'a' (not in supervision.audit.chain-keys):"
                + " it cannot be verified.");

        AuditChain withAnotherA = chain(db, Map.of("a", "not-the-secret-the-entries-were-written-with", "b", B_SECRET), "b", true);
        assertThat(new AuditVerification(db, withAnotherA).verify().problem())
                .isEqualTo("entry 1 was changed or its MAC does not match (key 'a')");

        db.update("update audit_chain_head set last_mac = ? where id = 1", AuditChain.GENESIS);
        assertThat(new AuditVerification(db, underB).verify().summary()).isEqualTo("The chain's head does not carry the MAC"
                + " of entry 5, its last entry: the head was changed outside the application, and the next entry would not"
                + " verify. Entries 1 to 5 are intact.");
    }

    @Test
    void entriesWrittenBeforeKeysAreSealedOnceAndRewritingThemIsReported() {
        JdbcTemplate db = new JdbcTemplate(migrated(this::writtenByTheVersionBeforeKeys));
        DatabaseOwner owner = new DatabaseOwner(db);
        assertThat(db.queryForObject("select count(*) from audit_log where mac is null", Long.class)).isEqualTo(4);
        AuditChain chain = chain(db, Map.of("k1", A_SECRET), "k1", true);
        assertThat(new AuditVerification(db, chain).verify().summary())
                .isEqualTo("Entry 1 carries no MAC: it was written before the audit key was introduced and not sealed, or its"
                        + " MAC was removed.");

        chain.sealAtStartUp();

        assertThat(db.queryForList("select entry_id from audit_chain_seal order by entry_id", Long.class)).containsExactly(1L, 2L, 3L, 4L);
        assertThatThrownBy(() -> owner.insertUnkeyed(5, Timestamp.from(Instant.parse("2025-03-04T09:00:00Z")), "tnguyen", "READ",
                "SupervisionRecord", "8", "lhall", null))
                .as("a node of the version before keys, still running during a rolling update, cannot add unkeyed entries")
                .satisfies(refused -> assertThat(refused.getMessage().toLowerCase()).contains("audit_log_keyed"));
        assertThat(new AuditVerification(db, chain).verify().summary()).startsWith("Intact up to entry 4:");
        append(db, chain, "after the upgrade", 2);
        chain(db, Map.of("k1", A_SECRET), "k1", true).sealAtStartUp(); // the next start
        assertThat(db.queryForObject("select count(*) from audit_chain_seal", Long.class)).as("sealed once").isEqualTo(4);
        assertThat(new AuditVerification(db, chain).verify().summary()).startsWith("Intact up to entry 6:");

        owner.rewrite(2, row -> row.put("details", "rewritten"), new Keep());
        assertThat(new AuditVerification(db, chain).verify().summary())
                .isEqualTo("Entry 2 was changed or its MAC does not match (key 'k1'). Entry 1 is intact.");

        owner.rewrite(1, row -> row.put("actor", "nobody"), new Strip()); // as if the chain never had keys
        assertThat(new AuditVerification(db, chain).verify().problem()).startsWith("entry 1 carries no MAC");
        chain(db, Map.of("k1", A_SECRET), "k1", false).sealAtStartUp(); // restarted with sealing switched off
        assertThat(db.queryForObject("select count(*) from audit_chain_seal", Long.class)).as("not sealed again").isZero();
        assertThat(new AuditVerification(db, chain).verify().problem()).startsWith("entry 1 carries no MAC");
    }

    @Test
    void aBrokenChainOfEntriesWrittenBeforeKeysIsNotSealed() {
        JdbcTemplate db = new JdbcTemplate(migrated(old -> {
            writtenByTheVersionBeforeKeys(old);
            new DatabaseOwner(old).changeWithoutRehashing(3, "changed without rehashing");
        }));
        AuditChain chain = chain(db, Map.of("k1", A_SECRET), "k1", true);

        chain.sealAtStartUp();

        assertThat(db.queryForObject("select count(*) from audit_chain_seal", Long.class)).isZero();
        assertThat(new AuditVerification(db, chain).verify().firstBrokenId()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    /** Audited reads through the product's audit trail, one entry each; returns the id of the first. */
    private long appendThroughTheProduct(int reads) {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        long first = newest() + 1;
        for (int i = 0; i < reads; i++) {
            trail.append("alee", "READ", "ChainProbe", "read " + i, "ymartin", null, "probe of the chain test");
        }
        assertThat(newest()).isEqualTo(first + reads - 1);
        return first;
    }

    private long newest() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
    }

    private boolean hashLinksHold() {
        String previous = AuditChain.GENESIS;
        for (Map<String, Object> row : jdbc.queryForList("select * from audit_log order by id")) {
            if (!row.get("previous_hash").equals(previous) || !DatabaseOwner.hash(row).equals(row.get("hash"))) {
                return false;
            }
            previous = (String) row.get("hash");
        }
        return previous.equals(jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class));
    }

    /** A sample from /actuator/prometheus, asked in Prometheus's own text format as a scraper does. */
    private double metric(String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
                .header("Accept", "text/plain;version=0.0.4")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes()))
                .build();
        String body;
        try {
            body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(body);
        assertThat(line.find()).as(name + " in /actuator/prometheus").isTrue();
        return Double.parseDouble(line.group(1));
    }

    /** What the version before keys wrote: four entries, hash-chained, no key id, no MAC. */
    private void writtenByTheVersionBeforeKeys(JdbcTemplate old) {
        DatabaseOwner writer = new DatabaseOwner(old);
        Instant at = Instant.parse("2025-03-03T09:00:00Z");
        writer.insertUnkeyed(1, Timestamp.from(at), "system", "CREATED", "StaffMember", "lhall", "lhall", "firstName, lastName");
        writer.insertUnkeyed(2, Timestamp.from(at.plusSeconds(60)), "tnguyen", "READ", "SupervisionRecord", "7", "lhall", null);
        writer.insertUnkeyed(3, Timestamp.from(at.plusSeconds(120)), "lhall", "CHANGED", "SupervisionAgreement", "3", "lhall",
                "superviseeSignedAt");
        writer.insertUnkeyed(4, Timestamp.from(at.plusSeconds(180)), "alee", "EXPORT", "AuditTrail", "all processes", "lhall",
                "CSV export, 12 entries");
    }

    /**
     * A database of its own with the product's migrations; when {@code beforeKeys} is given,
     * first those up to the version before keys (V12), then that, then the rest: an upgrade.
     */
    private DataSource migrated(java.util.function.Consumer<JdbcTemplate> beforeKeys) {
        StandaloneDatabase database = StandaloneDatabase.fresh();
        if (beforeKeys != null) {
            flyway(database).target("12").load().migrate();
            beforeKeys.accept(new JdbcTemplate(database.dataSource()));
        }
        flyway(database).load().migrate();
        return database.dataSource();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(StandaloneDatabase database) {
        return Flyway.configure().dataSource(database.dataSource()).locations(database.migrations());
    }

    /** The product's chain as a start with these settings builds it. */
    private static AuditChain chain(JdbcTemplate db, Map<String, String> keys, String current, boolean sealUnkeyed) {
        MockEnvironment environment = new MockEnvironment().withProperty("supervision.audit.current-key", current);
        keys.forEach((id, secret) -> environment.setProperty("supervision.audit.chain-keys." + id, secret));
        return new AuditChain(db, AuditChainKeys.from(environment), new DataSourceTransactionManager(db.getDataSource()),
                sealUnkeyed);
    }

    private static void append(JdbcTemplate db, AuditChain chain, String details, int entries) {
        new TransactionTemplate(new DataSourceTransactionManager(db.getDataSource())).executeWithoutResult(status -> {
            for (int i = 0; i < entries; i++) {
                chain.append(List.of(new AuditTrail.Entry(0, Instant.parse("2026-01-05T10:00:00Z").plusSeconds(i), "system",
                        "CREATED", "ChainProbe", details + " " + i, null, null, details, null, null, null, null)));
            }
        });
    }
}
