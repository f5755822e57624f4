package org.supervision.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies the template staff member's history in SQL, once per synthetic staff member: every
 * row the auditor's trail reads (Camunda's ACT_HI_* tables and the byte arrays they point at,
 * the product's audit_log) plus the staff_member row. Instance-level ids become
 * md5(id:staffId), so that references between copied rows still meet and no copy collides;
 * the template's staff id becomes the copy's wherever it appears as business key, user or
 * variable value. Definitions, deployments and other people's ids stay shared.
 */
final class HistoryCloner {

    /** Ids of things that belong to one process instance (and so to one staff member). */
    private static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "execution_id_", "act_inst_id_",
            "parent_act_inst_id_", "task_id_", "call_proc_inst_id_", "root_proc_inst_id_", "super_process_instance_id_",
            "bytearray_id_", "dec_inst_id_", "root_dec_inst_id_", "var_inst_id_", "cause_incident_id_",
            "root_cause_incident_id_", "parent_task_id_");
    /** Columns that may hold the staff member's own id. */
    private static final Set<String> STAFF_IDS = Set.of("business_key_", "start_user_id_", "assignee_", "owner_",
            "user_id_", "assigner_id_", "text_", "text2_");

    private static final String TEMPLATE_INSTANCES = "(select id_ from act_hi_procinst where business_key_ = '"
            + TemplateHistory.WORKER + "')";
    private static final String TEMPLATE_TASKS = "(select id_ from act_hi_taskinst where proc_inst_id_ in "
            + TEMPLATE_INSTANCES + ")";
    private static final String TEMPLATE_DECISIONS = "(select id_ from act_hi_decinst where proc_inst_id_ in "
            + TEMPLATE_INSTANCES + ")";

    /** Table and the template's rows in it; byte arrays first, whatever points at them comes after. */
    private static final Map<String, String> CAMUNDA = new LinkedHashMap<>();

    static {
        CAMUNDA.put("act_ge_bytearray", "id_ in (select bytearray_id_ from act_hi_detail where proc_inst_id_ in "
                + TEMPLATE_INSTANCES + " union select bytearray_id_ from act_hi_varinst where proc_inst_id_ in "
                + TEMPLATE_INSTANCES + " union select bytearray_id_ from act_hi_dec_in where dec_inst_id_ in "
                + TEMPLATE_DECISIONS + " union select bytearray_id_ from act_hi_dec_out where dec_inst_id_ in "
                + TEMPLATE_DECISIONS + ")");
        CAMUNDA.put("act_hi_procinst", "id_ in " + TEMPLATE_INSTANCES);
        CAMUNDA.put("act_hi_actinst", "proc_inst_id_ in " + TEMPLATE_INSTANCES);
        CAMUNDA.put("act_hi_taskinst", "proc_inst_id_ in " + TEMPLATE_INSTANCES);
        CAMUNDA.put("act_hi_identitylink", "task_id_ in " + TEMPLATE_TASKS);
        CAMUNDA.put("act_hi_varinst", "proc_inst_id_ in " + TEMPLATE_INSTANCES);
        CAMUNDA.put("act_hi_detail", "proc_inst_id_ in " + TEMPLATE_INSTANCES);
        CAMUNDA.put("act_hi_decinst", "proc_inst_id_ in " + TEMPLATE_INSTANCES);
        CAMUNDA.put("act_hi_dec_in", "dec_inst_id_ in " + TEMPLATE_DECISIONS);
        CAMUNDA.put("act_hi_dec_out", "dec_inst_id_ in " + TEMPLATE_DECISIONS);
        CAMUNDA.put("act_hi_incident", "proc_inst_id_ in " + TEMPLATE_INSTANCES);
    }

    private final JdbcTemplate jdbc;

    HistoryCloner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("create table if not exists bench_clone (staff_id varchar(64) primary key)");
    }

    /** Rows per table for one staff member: what each copy adds. */
    Map<String, Long> templateRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        CAMUNDA.forEach((table, where) -> rows.put(table, count(table, where)));
        rows.put("audit_log", count("audit_log", "subject_staff_id = '" + TemplateHistory.WORKER + "'"));
        return rows;
    }

    /** Copies the template for each of the given staff ids, one INSERT … SELECT per table. */
    void cloneFor(List<String> staffIds) {
        jdbc.execute("truncate bench_clone");
        jdbc.batchUpdate("insert into bench_clone (staff_id) values (?)", staffIds.stream().map(id -> new Object[] {id}).toList());
        jdbc.update("insert into staff_member (" + String.join(", ", columns("staff_member")) + ") select "
                + String.join(", ", columns("staff_member").stream().map(c -> switch (c) {
                    case "id" -> "c.staff_id";
                    case "email" -> "c.staff_id || '@example.org'";
                    default -> "s." + c;
                }).toList()) + " from staff_member s cross join bench_clone c where s.id = ?", TemplateHistory.WORKER);
        CAMUNDA.forEach((table, where) -> jdbc.update("insert into " + table + " (" + String.join(", ", columns(table))
                + ") select " + String.join(", ", columns(table).stream().map(HistoryCloner::copied).toList())
                + " from " + table + " s cross join bench_clone c where s." + where));
        cloneAuditLog();
        for (String table : List.of("staff_member", "audit_log", "act_ge_bytearray", "act_hi_procinst", "act_hi_actinst",
                "act_hi_taskinst", "act_hi_identitylink", "act_hi_varinst", "act_hi_detail", "act_hi_decinst",
                "act_hi_dec_in", "act_hi_dec_out", "act_hi_incident")) {
            jdbc.execute("vacuum analyze " + table);
        }
    }

    /**
     * The copies take fresh ids after the chain head, which then moves past them so that
     * the application's own appends carry on; their hashes are the template's, so the
     * chain does not verify beyond the template (the trail query does not check it).
     */
    private void cloneAuditLog() {
        long last = jdbc.queryForObject("select last_id from audit_chain_head where id = 1", Long.class);
        List<String> columns = columns("audit_log");
        jdbc.update("insert into audit_log (" + String.join(", ", columns) + ") select " + String.join(", ", columns.stream()
                .map(c -> switch (c) {
                    case "id" -> "? + row_number() over (order by c.staff_id, s.id)";
                    case "subject_staff_id" -> "c.staff_id";
                    case "actor" -> "case when s.actor = '" + TemplateHistory.WORKER + "' then c.staff_id else s.actor end";
                    default -> "s." + c;
                }).toList()) + " from audit_log s cross join bench_clone c where s.subject_staff_id = ?",
                last, TemplateHistory.WORKER);
        jdbc.update("update audit_chain_head set last_id = (select max(id) from audit_log) where id = 1");
    }

    private static String copied(String column) {
        if (INSTANCE_IDS.contains(column)) {
            return "md5(s." + column + " || ':' || c.staff_id)";
        }
        if (STAFF_IDS.contains(column)) {
            return "case when s." + column + " = '" + TemplateHistory.WORKER + "' then c.staff_id else s." + column + " end";
        }
        return "s." + column;
    }

    private List<String> columns(String table) {
        return new ArrayList<>(jdbc.queryForList("select column_name from information_schema.columns where table_schema = "
                + "current_schema() and table_name = ? order by ordinal_position", String.class, table.toLowerCase(Locale.ROOT)));
    }

    private long count(String table, String where) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + where, Long.class);
    }
}
