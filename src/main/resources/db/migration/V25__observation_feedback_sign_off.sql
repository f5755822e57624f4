-- Direct observations, continued: the observer chosen at booking (the supervisor or a practice
-- educator), the feedback discussed at the worker's next supervision session and signed by the
-- supervisor and the worker, and the reminder to the observer before the line manager follows up.
alter table direct_observation add column booked_by varchar(64);
alter table direct_observation add column discussed_session_id bigint;
alter table direct_observation add column discussed_with varchar(64);
alter table direct_observation add column supervisor_signed_by varchar(64);
alter table direct_observation add column supervisor_signed_at timestamp;
alter table direct_observation add column worker_signed_at timestamp;
alter table direct_observation add column reminded_at timestamp;
