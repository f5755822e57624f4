-- From this version on every new entry carries a MAC (as on PostgreSQL); NOCHECK: the
-- entries written before stay as they are (they are sealed).
alter table audit_log add constraint audit_log_keyed check (key_id is not null and mac is not null) nocheck;
