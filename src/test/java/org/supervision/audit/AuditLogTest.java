package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.supervision.agreement.AgreementStarter;
import org.supervision.support.AgreementForms;
import org.supervision.support.AlsoOnPostgres;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@AlsoOnPostgres // on PostgreSQL the audit log is append-only
class AuditLogTest {

    @LocalServerPort int port;
    @Autowired AgreementStarter starter;
    @Autowired ProcessEngine engine;
    @Autowired AuditVerification verification;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail trail;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void signaturesAndReadsOfASuperviseesRecordsAreInTheChainWithWhoDidIt() {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        ProcessDriver driver = new ProcessDriver(engine);
        String agreement = starter.start("lhall").getId();
        driver.complete(agreement, "draftAgreement", "tnguyen",
                AgreementForms.draft(28, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23)));
        driver.complete(agreement, "reviewAgreement", "lhall", Map.of("superviseeAccepts", true));
        driver.complete(agreement, "supervisorSigns", "tnguyen", Map.of("signatureConfirmed", true));
        driver.complete(agreement, "superviseeSigns", "lhall", Map.of("signatureConfirmed", true));
        assertThat(WebClient.basic(port, "lhall", "demo").get("/api/staff/lhall/agreements").statusCode()).isEqualTo(200);
        assertThat(WebClient.basic(port, "bjohnson", "demo").get("/api/staff/lhall/agreements").statusCode()).isEqualTo(403);

        List<Map<String, Object>> entries = jdbc.queryForList("select actor, action, record_type, details from audit_log "
                + "where subject_staff_id = 'lhall' order by id");
        assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("actor", "tnguyen")
                .containsEntry("action", "CHANGED").containsEntry("record_type", "SupervisionAgreement")
                .hasEntrySatisfying("details", d -> assertThat((String) d).contains("supervisorSignedBy")));
        assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("actor", "lhall")
                .hasEntrySatisfying("details", d -> assertThat((String) d).contains("superviseeSignedAt")));
        assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("actor", "lhall").containsEntry("action", "READ"));
        assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("actor", "bjohnson").containsEntry("action", "READ_REFUSED"));
        assertThat(entries).as("what a record says stays out of the audit log")
                .noneSatisfy(e -> assertThat(String.valueOf(e.get("details"))).contains("Phones off"));
        assertThat(verification.verify().intact()).isTrue();

        List<String> historicVariables = engine.getHistoryService().createHistoricDetailQuery().variableUpdates()
                .processInstanceId(agreement).list().stream()
                .map(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()).toList();
        assertThat(historicVariables).as("decisions are history").contains("superviseeAccepts")
                .as("what the parties wrote is not").doesNotContain("groundRules", "recordingArrangements", "therapyDistinction");
    }

    @Test
    void tamperingWithAnEntryIsFoundOrOnPostgresqlRefused() throws Exception {
        Fixtures.today(LocalDate.of(2026, 11, 23));
        WebClient.basic(port, "ymartin", "demo").get("/api/staff/ymartin/sessions");
        long last = jdbc.queryForObject("select max(id) from audit_log", Long.class);
        String actor = jdbc.queryForObject("select actor from audit_log where id = ?", String.class, last);
        if (isPostgres()) {
            assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'someone' where id = ?", last))
                    .hasMessageContaining("audit_log is append-only: UPDATE refused");
            assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", last))
                    .hasMessageContaining("audit_log is append-only: DELETE refused");
        } else {
            jdbc.update("update audit_log set actor = 'someone' where id = ?", last);
            AuditVerification.Result broken = verification.verify();
            jdbc.update("update audit_log set actor = ? where id = ?", actor, last);
            assertThat(broken.firstBrokenId()).isEqualTo(last);
            assertThat(broken.problem()).isEqualTo("entry " + last + " was changed after it was written (its hash does not match its content)");
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void appendsFromSeveralThreadsAtOnceStayOneUnbrokenChain() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        long before = jdbc.queryForObject("select count(*) from audit_log", Long.class);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String thread = "t" + t;
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        int entries = 1 + i % 3;
                        String change = thread + "-" + i;
                        transaction.executeWithoutResult(status -> {
                            for (int e = 0; e < entries; e++) {
                                trail.append("auditor", "READ", "ChainProbe", change + "-" + e, null, null, null);
                            }
                        });
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdown();
        }
        // an import's transaction: hundreds of entries chained at once
        transaction.executeWithoutResult(status -> {
            for (int e = 0; e < 250; e++) {
                trail.append("system", "CREATED", "ChainProbe", "import-" + e, null, null, null);
            }
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            trail.append("auditor", "READ", "ChainProbe", "rolled-back", null, null, null);
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class) - before)
                .as("4 threads × 30 transactions of 1, 2 or 3 entries, then 250 in one").isEqualTo(4 * 60 + 250);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where record_id = 'rolled-back'", Long.class)).isZero();
        AuditVerification.Result result = verification.verify();
        assertThat(result.problem()).isNull();
        assertThat(result.entriesChecked()).isEqualTo(jdbc.queryForObject("select max(id) from audit_log", Long.class));
    }

    private boolean isPostgres() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }
}
