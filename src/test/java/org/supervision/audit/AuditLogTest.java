package org.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.supervision.agreement.AgreementStarter;
import org.supervision.support.AgreementForms;
import org.supervision.support.Fixtures;
import org.supervision.support.IntegrationTest;
import org.supervision.support.ProcessDriver;
import org.supervision.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditLogTest {

    @LocalServerPort int port;
    @Autowired AgreementStarter starter;
    @Autowired ProcessEngine engine;
    @Autowired AuditVerification verification;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

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
            assertThat(broken.problem()).isEqualTo("content changed after it was written");
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    private boolean isPostgres() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }
}
