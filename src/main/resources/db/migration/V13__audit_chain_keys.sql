-- The audit chain's MACs: each new entry stores the id of the key it was MACed with and its
-- HMAC-SHA256 over its content and the previous entry's MAC. The keys are configuration
-- (supervision.audit.chain-keys), never in the database, so rewriting the log, hashes and
-- all, is found even when done by the database's owner. Entries written before this version
-- have neither; at the first start with a key their chain is checked and sealed: their MACs
-- go into audit_chain_seal, since audit_log itself stays append-only.
alter table audit_log add column key_id varchar(40);
alter table audit_log add column mac varchar(64);
alter table audit_chain_head add column last_mac varchar(64);

create table audit_chain_seal (
    entry_id   bigint        primary key,
    key_id     varchar(40)   not null,
    mac        varchar(64)   not null
);
