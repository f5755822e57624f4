-- Weekly group casework in the monthly compliance snapshots, kept as it stood at the end of the
-- month like the other figures: whether the person's latest signed agreement relied on it, the
-- sessions of the group it names held that month while they were a member, and how many of them
-- they attended. Null in the months stored before these columns: not kept for those months.
alter table compliance_snapshot add column group_casework_relied boolean;
alter table compliance_snapshot add column group_casework_held integer;
alter table compliance_snapshot add column group_casework_attended integer;
