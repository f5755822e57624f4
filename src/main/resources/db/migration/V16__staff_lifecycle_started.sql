-- The day a member's supervision lifecycle (agreement, work plan, learning plan) was started.
-- It starts once the directory links them to a management supervisor, which may be a later
-- import than the one that added them; the date makes a re-import start nothing twice.
-- Everyone already in the directory was started by the import that added them.
alter table staff_member add column lifecycle_started_on date;
update staff_member set lifecycle_started_on = current_date;
