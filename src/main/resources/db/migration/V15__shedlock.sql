-- Locks of the scheduled jobs that run once per cluster (ShedLock, org.supervision.shared.ClusterScheduling):
-- one row per job name, claimed by the node that runs it. Same SQL on H2 and PostgreSQL.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
