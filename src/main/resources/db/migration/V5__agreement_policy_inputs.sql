-- The decision table's negotiated inputs (004 §17): complexity and risk of the work, and
-- weekly group casework supervision, which allows 1:1 every 4-6 weeks.
alter table supervision_agreement add column complex_or_high_risk boolean not null default false;
alter table supervision_agreement add column group_casework_supervision boolean not null default false;
