-- Appraisal ids come from a sequence, handed out to each node in blocks of 50, so that a
-- launch batch's appraisals are written together when it commits (an identity column makes
-- every insert a round trip of its own). The identity default stays for rows inserted by hand.
create sequence appraisal_seq increment by 50;
alter sequence appraisal_seq restart with (select coalesce(max(id), 0) + 1 from appraisal);
