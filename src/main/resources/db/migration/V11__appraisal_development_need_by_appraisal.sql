-- an appraisal's form and API read its development areas by appraisal, not through the person's whole history
create index ix_appraisal_development_need_appraisal on appraisal_development_need (appraisal_id);
