-- From this version on every new entry carries a MAC: a node of the previous version still
-- running during a rolling update cannot add unkeyed entries (its audited writes fail until
-- it is replaced). NOT VALID: the entries written before stay as they are (they are sealed).
alter table audit_log add constraint audit_log_keyed check (key_id is not null and mac is not null) not valid;

-- The seal is as append-only as the log (V10_1); the message names the table.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end
$$;
create trigger audit_chain_seal_no_update_or_delete before update or delete on audit_chain_seal
    for each row execute function audit_log_append_only();
create trigger audit_chain_seal_no_truncate before truncate on audit_chain_seal
    for each statement execute function audit_log_append_only();
